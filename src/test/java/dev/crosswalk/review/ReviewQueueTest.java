package dev.crosswalk.review;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.NamedConflicts;
import dev.crosswalk.report.NamedConflicts.NamedConflict;
import dev.crosswalk.rollback.RollbackService;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.Rows;
import dev.crosswalk.support.TestCrosswalk;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review queue holds what a person must decide, once: one open item per contact and question, with every
 * observation that asked it as evidence; items close themselves when the stored value becomes their proposal;
 * decisions close what they name; rollback removes exactly a batch's evidence and the items it opened.
 */
class ReviewQueueTest {

    private static final String ME = "shop@example.com";
    private static final String PHONE = "720-555-0100";

    @TempDir
    Path home;
    TestCrosswalk crosswalk;
    ReviewService reviews;
    long ann;

    /**
     * Ann, from Kajabi, with a city and no phone, locked by a person, where fills of such contacts wait for approval:
     * PayPal's phones ask to fill her blank.
     */
    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home, false, Map.of("crosswalk.protect.approve-fills-on-full-lock", "true"));
        reviews = CompositionRoot.on(CrosswalkSettings.load(Map.of("crosswalk.home",
                home.toString())), crosswalk.dataSource()).reviews();
        Map<String, String> p = person("106604827", "Ann", "Lee", "ann@example.com");
        p.put("City (address_city)", "Boulder");
        crosswalk.importFile(new KajabiPeople().person(p).write(home.resolve("people.csv")), "kajabi");
        ann = (Long) crosswalk.rows("select id from contacts").get(0).get("id");
        crosswalk.lockByPerson(ann, "FULL_LOCK");
        sql("update contacts set lock_reason = 'person: board member'");
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    /** A PayPal activity file: {@code payments} payments by Ann, each stating {@code phone}. */
    private BatchReport payments(String name, int payments, String phone) throws Exception {
        Rows rows = new Rows(MoneyExports.PAYPAL_DEFAULT);
        for (int i = 0; i < payments; i++) {
            rows.row("Date", "1/" + (i + 1) + "/2026", "Time", "10:00:00", "TimeZone", "PST", "Name", "Ann Lee",
                    "Type", "Website Payment", "Status", "Completed", "Currency", "USD", "Gross", "10.00",
                    "Fee", "-0.59", "Net", "9.41", "From Email Address", "ann@example.com", "To Email Address", ME,
                    "Transaction ID", String.format("%s%015d", name.toUpperCase().charAt(0) == 'A' ? "AA" : "BB", i),
                    "Contact Phone Number", phone);
        }
        return crosswalk.importFile(rows.write(home.resolve(name + ".csv")), "paypal");
    }

    private List<Map<String, Object>> openPhoneItems() throws Exception {
        return crosswalk.rows("select id, batch_id, incoming_value, current_value, reason, status, source "
                + "from import_conflicts where field = 'phone' and status = 'open' order by id");
    }

    private List<Map<String, Object>> evidence() throws Exception {
        return crosswalk.rows("select id, conflict_id, batch_id, source, line, proposed_value, current_value "
                + "from import_conflict_evidence order by id");
    }

    private List<Map<String, Object>> items() throws Exception {
        return crosswalk.rows("select id, batch_id, field, incoming_value, current_value, reason, status, source "
                + "from import_conflicts order by id");
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.skip(1);
            return CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
        }
    }

    @Test
    void onePhoneProposedOnTenLinesIsOneItem() throws Exception {
        BatchReport paypal = payments("a", 10, PHONE);

        List<Map<String, Object>> open = openPhoneItems();
        assertEquals(1, open.size(), open.toString());
        assertEquals(PHONE, open.get(0).get("incoming_value"));
        assertEquals(null, open.get(0).get("current_value"));
        assertEquals("paypal", open.get(0).get("source"));
        // a fill waiting for approval is asked once per file: the first line that proposed it is its evidence
        assertEquals(List.of(1L, 1L, 1L, 1L), crosswalk.rows("select count(*) as n, count(distinct batch_id) as b, "
                + "count(distinct line) as l, count(distinct proposed_value) as v from import_conflict_evidence "
                + "where conflict_id = " + open.get(0).get("id")).stream()
                .flatMap(r -> r.values().stream()).toList());
        List<CSVRecord> file = csv(Path.of(paypal.files().get("conflicts")));
        List<CSVRecord> phone = file.stream().filter(r -> "phone".equals(r.get("field"))).toList();
        assertEquals(1, phone.size());
        assertEquals("1", phone.get(0).get("evidence_count"));
        assertEquals("paypal", phone.get(0).get("sources"));
        assertEquals("2", phone.get(0).get("lines"));
        assertEquals(PHONE, phone.get(0).get("proposed_values"));
    }

    @Test
    void twoFilesProposingTheSameValueAreOneItemWithBothBatches() throws Exception {
        BatchReport first = payments("a", 2, PHONE);
        BatchReport second = payments("b", 3, PHONE);

        List<Map<String, Object>> open = openPhoneItems();
        assertEquals(1, open.size(), open.toString());
        assertEquals(first.batch(), open.get(0).get("batch_id"));
        List<CSVRecord> all = csv(crosswalk.outbox().resolve("conflicts/open-conflicts.csv")).stream()
                .filter(r -> "phone".equals(r.get("field"))).toList();
        assertEquals(1, all.size());
        assertEquals("2", all.get(0).get("evidence_count"));
        assertEquals(first.batch() + "; " + second.batch(), all.get(0).get("batches"));
        // the second batch's own decisions file lists the item it added to
        assertEquals(1, csv(crosswalk.outbox().resolve("conflicts/" + second.batch() + "-conflicts.csv")).stream()
                .filter(r -> "phone".equals(r.get("field"))).count());
    }

    @Test
    void keepDeclinesTheProposalForGoodAndTheCurrentValueBecomesAPersons() throws Exception {
        BatchReport paypal = payments("a", 2, PHONE);
        long item = (Long) openPhoneItems().get(0).get("id");

        BatchReport review = reviews.resolve(item, "KEEP", "tester");

        assertEquals("applied", review.status());
        assertEquals(List.of(Map.of("status", "kept", "incoming_value", PHONE)),
                crosswalk.rows("select status, incoming_value from import_conflicts where id = " + item));
        assertEquals(List.of(Map.of("by_person", true, "decided_by", "tester", "source", "review")),
                crosswalk.rows("select by_person, decided_by, source from contact_field_sources "
                        + "where contact_id = " + ann + " and field = 'phone'"));
        assertEquals(null, crosswalk.rows("select phone from contacts").get(0).get("phone"));
        // the decisions files ask no more (with nothing open there is no open-conflicts.csv at all)
        assertTrue(Files.notExists(crosswalk.outbox().resolve("conflicts/open-conflicts.csv")));
        assertTrue(csv(crosswalk.outbox().resolve("conflicts/" + paypal.batch() + "-conflicts.csv")).stream()
                .noneMatch(r -> "phone".equals(r.get("field"))));
    }

    @Test
    void takeAcceptsTheSourcesValueWithoutMakingTheContactHandEdited() throws Exception {
        // a person's PARTIAL_LOCK holds Ann's city; a newer Kajabi export contradicts it
        crosswalk.lockByPerson(ann, "PARTIAL_LOCK");
        String lockReason = (String) crosswalk.rows("select lock_reason from contacts").get(0).get("lock_reason");
        Map<String, String> p = person("106604827", "Ann", "Lee", "ann@example.com");
        p.put("City (address_city)", "Denver");
        BatchReport kajabi = crosswalk.importFile(new KajabiPeople().person(p).write(home.resolve("w2.csv")),
                "kajabi");
        long item = (Long) crosswalk.rows("select id from import_conflicts where field = 'city' and status = 'open'")
                .get(0).get("id");

        BatchReport review = reviews.resolve(item, "TAKE", "tester");

        assertEquals("applied", review.status());
        // not turned into a hand-edited contact: the classifier does not raise it to FULL_LOCK "edited by a person"
        assertEquals(List.of(Map.of("city", "Denver", "lock_level", "PARTIAL_LOCK", "lock_reason", lockReason)),
                crosswalk.rows("select city, lock_level, lock_reason from contacts"));
        assertEquals(List.of(Map.of("source", "kajabi", "batch_id", kajabi.batch(), "by_person", false)),
                crosswalk.rows("select source, batch_id, by_person from contact_field_sources "
                        + "where contact_id = " + ann + " and field = 'city'"));
    }

    @Test
    void aProposalAPersonKeptAgainstIsNotAskedAgainByALaterFile() throws Exception {
        Map<String, String> p = person("106604827", "Ann", "Lee", "ann@example.com");
        p.put("City (address_city)", "Denver");
        crosswalk.importFile(new KajabiPeople().person(p).write(home.resolve("w2.csv")), "kajabi");
        long item = (Long) crosswalk.rows("select id from import_conflicts where field = 'city' and status = 'open'")
                .get(0).get("id");
        assertEquals("applied", reviews.resolve(item, "KEEP", "tester").status());

        // next month's export says Denver again (newer evidence), and spelled otherwise
        p.put("City (address_city)", "DENVER");
        BatchReport later = crosswalk.importFile(new KajabiPeople().person(p).write(home.resolve("w3.csv")),
                "kajabi");

        assertEquals("applied", later.status());
        assertEquals(0, crosswalk.count("select count(*) from import_conflicts where status = 'open'"));
        assertEquals("Boulder", crosswalk.rows("select city from contacts").get(0).get("city"));
    }

    @Test
    void theConflictsSayWhereTheValueStoredNowCameFromAfterADecision() throws Exception {
        payments("a", 1, PHONE);
        long item = (Long) openPhoneItems().get(0).get("id");

        BatchReport review = reviews.resolve(item, "SET:303-555-0123", "tester");

        List<NamedConflict> all = new ArrayList<>();
        NamedConflicts.forEach(crosswalk.dataSource(), null, false, all::add);
        NamedConflict k = all.stream().filter(x -> x.id() == item).findFirst().orElseThrow();
        assertEquals("taken", k.status());
        assertEquals("303-555-0123", k.currentValue());
        assertEquals("person: tester", k.currentSource());
        assertEquals(review.batch(), k.currentBatch());
    }

    @Test
    void aBulkTakeAppliesEveryItemItNamesAndLeavesNoneOpen() throws Exception {
        BatchReport paypal = payments("a", 10, PHONE);
        Map<String, String> p = person("106604827", "Ann", "Lee", "ann@example.com");
        p.put("City (address_city)", "Denver");
        BatchReport kajabi = crosswalk.importFile(new KajabiPeople().person(p).write(home.resolve("w2.csv")),
                "kajabi");
        String reason = (String) openPhoneItems().get(0).get("reason");

        BatchReport review = reviews.resolveAll(paypal.batch(), reason, null, "TAKE", "tester");

        assertEquals("applied", review.status());
        assertEquals(1, review.rowCount("updated"));
        assertEquals(0, review.rowCount("rejected"));
        assertTrue(review.message().startsWith("1 decisions applied (1 taken), 0 refused"), review.message());
        assertEquals(0, openPhoneItems().size());
        assertEquals(PHONE, crosswalk.rows("select phone from contacts").get(0).get("phone"));
        // the other batch's item is not named by this bulk decision
        assertEquals(1, crosswalk.count("select count(*) from import_conflicts where status = 'open' and batch_id = "
                + kajabi.batch() + " and field = 'city'"));
    }

    @Test
    void aBulkDecisionSaysInItsSummaryWhatWasRefusedAndWhy() throws Exception {
        BatchReport paypal = payments("a", 1, PHONE);
        sql("update contacts set phone = '303-555-0111'");
        String reason = (String) openPhoneItems().get(0).get("reason");

        BatchReport review = reviews.resolveAll(paypal.batch(), reason, null, "TAKE", "tester");

        assertEquals("refused", review.status());
        assertTrue(review.message().contains("1 refused (1 stored value changed since the conflict was raised)"),
                review.message());
        assertEquals(1, openPhoneItems().size());
    }

    @Test
    void anItemClosesItselfWhenALaterImportStoresWhatItProposed() throws Exception {
        payments("a", 2, PHONE);
        long item = (Long) openPhoneItems().get(0).get("id");
        sql("update contacts set lock_level = 'UNLOCKED', lock_reason = 'person: unlocked'");
        Map<String, String> p = person("106604827", "Ann", "Lee", "ann@example.com");
        p.put("City (address_city)", "Boulder");
        p.put("Phone Number (phone_number)", "+1 720 555 0100");
        BatchReport kajabi = crosswalk.importFile(new KajabiPeople().person(p).write(home.resolve("w2.csv")),
                "kajabi");

        assertEquals("+1 720 555 0100", crosswalk.rows("select phone from contacts").get(0).get("phone"));
        Map<String, Object> settled = crosswalk.rows("select status, resolution_batch_id, resolved_by "
                + "from import_conflicts where id = " + item).get(0);
        assertEquals("settled", settled.get("status"));
        assertEquals(kajabi.batch(), settled.get("resolution_batch_id"));
        assertTrue(((String) settled.get("resolved_by")).contains("batch " + kajabi.batch()));
        assertTrue(Files.notExists(crosswalk.outbox().resolve("conflicts/open-conflicts.csv")));
    }

    @Test
    void rollbackRemovesExactlyABatchsEvidenceAndTheItemsItOpened() throws Exception {
        RollbackService rollback = CompositionRoot.on(CrosswalkSettings.load(Map.of("crosswalk.home", home.toString())), crosswalk.dataSource()).rollbacks();
        BatchReport first = payments("a", 3, PHONE);
        List<Map<String, Object>> itemsAfterFirst = items();
        List<Map<String, Object>> evidenceAfterFirst = evidence();
        BatchReport second = payments("b", 4, "720-555-0177");
        long item = (Long) openPhoneItems().get(0).get("id");
        assertEquals(List.of(Map.of("n", 2L, "v", 2L)), crosswalk.rows("select count(*) as n, count(distinct "
                + "proposed_value) as v from import_conflict_evidence where conflict_id = " + item));
        assertEquals("720-555-0177", openPhoneItems().get(0).get("incoming_value"));

        assertEquals("applied", rollback.rollback(second.batch(), false, "tester").status());

        assertEquals(itemsAfterFirst, items());
        assertEquals(evidenceAfterFirst, evidence());

        assertEquals("applied", rollback.rollback(first.batch(), false, "tester").status());
        assertEquals(List.of(), evidence());
        assertEquals(List.of("dismissed"), items().stream().map(r -> r.get("status")).toList());
    }
}
