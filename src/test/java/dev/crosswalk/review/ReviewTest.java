package dev.crosswalk.review;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review loop (docs/review.md): every decision kind, validated per row, applied as an audited review batch. */
class ReviewTest {

    static final List<String> SEGMENT = List.of("Name", "First Name", "Last Name", "Email", "Created At",
            "Member Created At");

    @TempDir
    Path home;
    TestCrosswalk crosswalk;
    ReviewService reviews;
    CrosswalkSettings settings;

    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home);
        settings = CrosswalkSettings.load(Map.of("crosswalk.home", home.toString()));
        reviews = CompositionRoot.on(settings, crosswalk.dataSource()).reviews();
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    static Map<String, String> ann(String city) {
        Map<String, String> v = person("106604827", "Ann", "Lee", "ann@example.com");
        v.put("City (address_city)", city);
        return v;
    }

    /** Ann (locked) with a LOCKED city conflict, and an AMBIGUOUS row naming Ann's id with Bob's email. */
    private BatchReport conflictsBatch() throws Exception {
        crosswalk.importFile(new KajabiPeople().person(ann("Boulder"))
                .person(person("106604828", "Bob", "Ray", "bob@example.org")).write(home.resolve("w1.csv")), "kajabi");
        crosswalk.lockByPerson(crosswalk.count("select id from contacts where email = 'ann@example.com'"),
                "FULL_LOCK");
        Map<String, String> ambiguous = person("106604827", "Ann", "Lee", "bob@example.org");
        return crosswalk.importFile(new KajabiPeople().person(ann("Denver")).person(ambiguous)
                .write(home.resolve("w2.csv")), "kajabi");
    }

    /** Pat's protected opt-in, then an opt-out: a PROTECTED_OPT_IN conflict. */
    private BatchReport optOutBatch() throws Exception {
        segment("sub.csv", Instant.parse("2025-11-01T10:00:00Z"), "kajabi-subscribed");
        return segment("unsub.csv", Instant.parse("2025-11-10T10:00:00Z"), "kajabi-unsubscribed");
    }

    private BatchReport segment(String name, Instant at, String source) throws Exception {
        CsvFixture csv = new CsvFixture(SEGMENT);
        csv.row(List.of("Pat Doe", "Pat", "Doe", "pat@example.com", "2024-05-06 18:01:32 -0700", ""));
        Path file = csv.write(home.resolve(name));
        Files.setLastModifiedTime(file, FileTime.from(at));
        return crosswalk.importFile(file, source);
    }

    private void sql(String statement) throws Exception {
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    /** The batch's own conflicts CSV with the decision column filled per reason (rows without one are left out). */
    private Path decide(BatchReport batch, Map<String, String> byReason, String name) throws Exception {
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(Path.of(batch.files().get("conflicts")), StandardCharsets.UTF_8)) {
            in.skip(1);
            records = CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
        }
        CsvFixture out = new CsvFixture(records.get(0).getParser().getHeaderNames());
        for (CSVRecord r : records) {
            if (byReason.containsKey(r.get("reason"))) {
                List<String> values = new ArrayList<>(r.toList());
                values.set(records.get(0).getParser().getHeaderNames().indexOf("decision"), byReason.get(r.get("reason")));
                out.row(values);
            }
        }
        return out.write(home.resolve(name));
    }

    private Map<String, Object> conflict(String reason) throws Exception {
        return crosswalk.rows("select * from import_conflicts where reason = '" + reason + "'").get(0);
    }

    private Object city() throws Exception {
        return crosswalk.rows("select city from contacts where email = 'ann@example.com'").get(0).get("city");
    }

    @Test
    void takeOnALockedFieldAppliesTheIncomingValueAudited() throws Exception {
        BatchReport batch = conflictsBatch();

        BatchReport review = reviews.applyFile(decide(batch, Map.of("LOCKED", "TAKE"), "d.csv"), 1000, "tester");

        assertEquals("applied", review.status(), review.message());
        assertEquals(1, review.rowCount("updated"));
        assertEquals("Denver", city());
        Map<String, Object> k = conflict("LOCKED");
        assertEquals("taken", k.get("status"));
        assertEquals("tester (d.csv)", k.get("resolved_by"));
        assertEquals(1000L, k.get("resolution_batch_id"));
        assertNotNull(k.get("resolved_at"));
        assertEquals(1, crosswalk.count("select count(*) from import_audit_log where batch_id = 1000 and field = "
                + "'city' and old_value = 'Boulder' and new_value = 'Denver'"));
        assertEquals("review", crosswalk.rows("select kind from import_batches where id = 1000").get(0).get("kind"));
        assertTrue(Files.readString(Path.of(review.files().get("answers"))).contains(",TAKE,taken,"));
    }

    @Test
    void keepDismissAndSetDoWhatTheySay() throws Exception {
        BatchReport batch = conflictsBatch();
        long id = (Long) conflict("LOCKED").get("id");

        assertEquals(0, reviews.resolve(id, "keep", "tester").rowCount("rejected"));
        assertEquals("kept", conflict("LOCKED").get("status"));
        assertEquals("Boulder", city());

        sql("update import_conflicts set status = 'open', resolved_by = null where id = " + id);
        reviews.resolve(id, "SET: Boston", "tester");
        assertEquals("Boston", city());
        assertEquals("taken", conflict("LOCKED").get("status"));

        BatchReport dismissed = reviews.resolve((Long) conflict("AMBIGUOUS").get("id"), "DISMISS", "tester");
        assertEquals(1, dismissed.rowCount("unchanged"));
        assertEquals("dismissed", conflict("AMBIGUOUS").get("status"));
        assertEquals(2, crosswalk.count("select count(*) from contacts where deleted_at is null"));
        assertEquals(batch.batch(), conflict("AMBIGUOUS").get("batch_id"));
    }

    @Test
    void takeOnAProtectedOptInHonoursTheOptOut() throws Exception {
        BatchReport batch = optOutBatch();

        BatchReport review = reviews.applyFile(decide(batch, Map.of("PROTECTED_OPT_IN", "TAKE"), "d.csv"), 1000,
                "tester");

        assertEquals(1, review.rowCount("updated"), review.message());
        assertEquals(Map.of("email_subscribed", false, "subscription_protected", false),
                crosswalk.rows("select email_subscribed, subscription_protected from contacts").get(0));
        assertEquals(List.of(Map.of("subscribed", false, "applied", true, "reason", "opt-out honoured by tester (d.csv)",
                "source", "review")), crosswalk.rows("select subscribed, applied, reason, source from consent_events "
                + "where batch_id = 1000"));
    }

    @Test
    void takeOnALockedOptInSubscribesWithProtectionAndSetTakesAValue() throws Exception {
        segment("unsub.csv", Instant.parse("2025-10-01T10:00:00Z"), "kajabi-unsubscribed");
        crosswalk.lockEveryContactByPerson("FULL_LOCK");
        BatchReport batch = segment("sub.csv", Instant.parse("2025-11-01T10:00:00Z"), "kajabi-subscribed");
        long id = (Long) conflict("LOCKED").get("id");

        assertEquals(1, reviews.resolve(id, "SET:maybe", "tester").rowCount("rejected"));
        BatchReport taken = reviews.resolve(id, "TAKE", "tester");

        assertEquals(1, taken.rowCount("updated"), taken.message());
        Map<String, Object> pat = crosswalk.rows("select email_subscribed, subscription_protected, "
                + "subscription_protected_reason from contacts").get(0);
        assertEquals(true, pat.get("email_subscribed"));
        assertEquals(true, pat.get("subscription_protected"));
        assertEquals("opt-in decided by tester (review batch " + taken.batch() + ")",
                pat.get("subscription_protected_reason"));
        assertEquals(batch.batch(), conflict("LOCKED").get("batch_id"));
    }

    @Test
    void mergeOnAnAmbiguousConflictMergesTheContactsItNames() throws Exception {
        BatchReport batch = conflictsBatch();

        BatchReport review = reviews.applyFile(decide(batch, Map.of("AMBIGUOUS", "MERGE"), "d.csv"), 1000,
                "tester");

        assertEquals(1, review.rowCount("updated"), review.message());
        assertEquals("merged", conflict("AMBIGUOUS").get("status"));
        assertEquals(1, crosswalk.count("select count(*) from contacts where deleted_at is null"));
        assertEquals(List.of(Map.of("batch_id", 1000L)), crosswalk.rows("select batch_id from contact_merges"));
    }

    @Test
    void badRowsAreAnsweredOneByOneAndNeverGuessed() throws Exception {
        BatchReport batch = conflictsBatch();
        long locked = (Long) conflict("LOCKED").get("id");
        long ambiguous = (Long) conflict("AMBIGUOUS").get("id");
        reviews.resolve(ambiguous, "DISMISS", "tester");
        var before = crosswalk.snapshot();
        CsvFixture file = new CsvFixture(List.of(dev.crosswalk.report.OutputFiles.CONFLICT_COLUMNS));
        file.row(row(99999, "TAKE"));
        file.row(row(locked, "PLEASE"));
        file.row(row(locked, "MERGE"));
        file.row(row(ambiguous, "MERGE"));
        file.row(row(locked, ""));
        file.row(row(locked, "SET:"));

        BatchReport review = reviews.applyFile(file.write(home.resolve("bad.csv")), 2000, "tester");

        assertEquals(Map.of("read", 6L, "new", 0L, "updated", 0L, "unchanged", 0L, "conflict", 0L, "rejected", 5L,
                "skipped", 1L), review.rows());
        String answers = Files.readString(Path.of(review.files().get("answers")));
        assertTrue(answers.contains("there is no conflict 99999"), answers);
        assertTrue(answers.contains("unknown decision 'PLEASE'"), answers);
        assertTrue(answers.contains("MERGE answers AMBIGUOUS or DUPLICATE conflicts; this one is LOCKED"), answers);
        assertTrue(answers.contains("already resolved: dismissed by tester"), answers);
        assertTrue(answers.contains("SET needs a value"), answers);
        var after = crosswalk.snapshot();
        for (String table : List.of("contacts", "contact_emails", "consent_events", "import_conflicts")) {
            assertEquals(before.get(table), after.get(table), table);
        }
        assertEquals(batch.batch(), conflict("LOCKED").get("batch_id"));
    }

    private static List<String> row(long id, String decision) {
        return List.of(Long.toString(id), "1", "2", "1", "city", "Boulder", "Denver", "LOCKED", decision);
    }

    @Test
    void aFileThatIsNotOursIsRefusedWhole() throws Exception {
        conflictsBatch();
        var before = crosswalk.snapshot();
        Path file = new CsvFixture(List.of("id", "decision")).row(List.of("1", "TAKE")).write(home.resolve("x.csv"));

        BatchReport review = reviews.applyFile(file, 3000, "tester");

        assertEquals("rejected", review.status());
        assertTrue(review.message().contains("not a Crosswalk conflicts file"), review.message());
        assertEquals(before, crosswalk.snapshot());
    }

    @Test
    void aReviewBatchCanBeRolledBack() throws Exception {
        BatchReport batch = conflictsBatch();
        var before = crosswalk.snapshot();
        BatchReport review = reviews.applyFile(decide(batch, Map.of("LOCKED", "TAKE", "AMBIGUOUS", "MERGE"),
                "d.csv"), 1000, "tester");

        BatchReport rollback = CompositionRoot.on(settings, crosswalk.dataSource()).rollbacks().rollback(review.batch(), false,
                "tester");

        assertEquals("applied", rollback.status(), rollback.message());
        var after = crosswalk.snapshot();
        for (String table : List.of("contacts", "contact_emails", "contact_identities", "contact_tags",
                "consent_events", "contact_merges")) {
            assertEquals(before.get(table), after.get(table), table);
        }
        assertEquals(List.of(Map.of("status", "open"), Map.of("status", "open")),
                crosswalk.rows("select status from import_conflicts order by id"));
    }
}
