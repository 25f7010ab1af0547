package dev.crosswalk.review;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many conflicts answered at once, as one audited review batch; refused decisions leave no applied batch. */
class BulkDecisionsTest {

    @TempDir
    Path home;
    TestCrosswalk crosswalk;
    ReviewService reviews;
    CrosswalkSettings settings;
    long conflicts;

    @BeforeEach
    void start() throws Exception {
        // fills of a contact a person set to FULL_LOCK wait for approval (FILL_BLANK)
        crosswalk = TestCrosswalk.start(home, false, Map.of("crosswalk.protect.approve-fills-on-full-lock", "true"));
        settings = CrosswalkSettings.load(Map.of("crosswalk.home", home.toString()));
        reviews = CompositionRoot.on(settings, crosswalk.dataSource()).reviews();
        KajabiPeople first = new KajabiPeople();
        KajabiPeople second = new KajabiPeople();
        for (int i = 1; i <= 3; i++) {
            Map<String, String> p = person(Integer.toString(i), "P" + i, "Lee", "p" + i + "@example.com");
            p.put("City (address_city)", "Boulder");
            first.person(p);
            p.put("City (address_city)", "Denver");
            p.put("Phone Number (phone_number)", "303-555-010" + i);
            second.person(p);
        }
        crosswalk.importFile(first.write(home.resolve("first.csv")), "kajabi");
        crosswalk.lockEveryContactByPerson("FULL_LOCK");
        conflicts = crosswalk.importFile(second.write(home.resolve("second.csv")), "kajabi").batch();
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

    private Map<String, Long> statusByReason() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        crosswalk.rows("select reason || ' ' || status as k, count(*) as n from import_conflicts group by 1")
                .forEach(r -> counts.put((String) r.get("k"), (Long) r.get("n")));
        return counts;
    }

    private List<Object> cities() throws Exception {
        return crosswalk.rows("select city from contacts order by id").stream().map(r -> r.get("city")).toList();
    }

    @Test
    void oneBulkDecisionAnswersEveryMatchingConflictAsOneBatchThatRollsBack() throws Exception {
        BatchReport review = reviews.resolveAll(conflicts, "LOCKED", null, "TAKE", "tester");

        assertEquals("applied", review.status(), review.message());
        assertEquals(3, review.rowCount("updated"));
        assertEquals(List.of("Denver", "Denver", "Denver"), cities());
        assertEquals(Map.of("FILL_BLANK open", 3L, "LOCKED taken", 3L), statusByReason());
        assertEquals(Map.of("FILL_BLANK", 3L), review.conflicts());
        assertTrue(review.message().startsWith("3 decisions applied (3 taken), 0 refused"), review.message());
        assertEquals(1, crosswalk.count("select count(*) from import_batches where kind = 'review'"));

        BatchReport undo = CompositionRoot.on(settings, crosswalk.dataSource()).rollbacks().rollback(review.batch(), false,
                "tester");

        assertEquals("applied", undo.status(), undo.message());
        assertEquals(List.of("Boulder", "Boulder", "Boulder"), cities());
        assertEquals(Map.of("FILL_BLANK open", 3L, "LOCKED open", 3L), statusByReason());
    }

    @Test
    void aFieldNarrowsABulkDecision() throws Exception {
        reviews.resolveAll(conflicts, "FILL_BLANK", "city", "TAKE", "tester");
        assertEquals(Map.of("FILL_BLANK open", 3L, "LOCKED open", 3L), statusByReason());

        BatchReport review = reviews.resolveAll(conflicts, "FILL_BLANK", "phone", "TAKE", "tester");

        assertEquals("applied", review.status(), review.message());
        assertEquals(List.of("303-555-0101", "303-555-0102", "303-555-0103"), crosswalk.rows(
                "select phone from contacts order by id").stream().map(r -> r.get("phone")).toList());
    }

    @Test
    void aStarRowInADecisionsFileDecidesEveryMatchingConflict() throws Exception {
        CsvFixture file = new CsvFixture(List.of("conflict_id", "batch", "line", "contact_id", "field",
                "current_value", "incoming_value", "reason", "decision"));
        file.row(List.of("*", Long.toString(conflicts), "", "", "", "", "", "LOCKED", "KEEP"));
        file.row(List.of("*", "", "", "", "", "", "", "FILL_BLANK", "TAKE"));

        BatchReport review = reviews.applyFile(file.write(home.resolve("bulk.csv")), 500, "tester");

        assertEquals("applied", review.status(), review.message());
        assertEquals(Map.of("FILL_BLANK open", 3L, "LOCKED kept", 3L), statusByReason());
        assertEquals(3, review.rowCount("unchanged"));
        assertEquals(1, review.rowCount("rejected"));
        String answers = Files.readString(Path.of(review.files().get("answers")));
        assertTrue(answers.contains("a '*' row decides every open conflict of one batch and reason"), answers);
    }

    @Test
    void aRefusedResolveChangesNothingAndLeavesNoAppliedBatch() throws Exception {
        long id = crosswalk.count("select min(id) from import_conflicts where reason = 'LOCKED'");
        reviews.resolve(id, "KEEP", "tester");

        BatchReport again = reviews.resolve(id, "KEEP", "tester");
        BatchReport unknown = reviews.resolve(999_999, "TAKE", "tester");
        BatchReport noMatch = reviews.resolveAll(conflicts, "PROTECTED_OPT_IN", null, "TAKE", "tester");

        for (BatchReport refused : List.of(again, unknown, noMatch)) {
            assertEquals("refused", refused.status(), refused.message());
            assertTrue(refused.message().startsWith("0 decisions applied, 1 refused"), refused.message());
            assertTrue(refused.message().contains("nothing was changed"), refused.message());
        }
        assertEquals(1, crosswalk.count("select count(*) from import_batches where kind = 'review' "
                + "and status = 'applied'"));
        assertEquals(0, crosswalk.count("select count(*) from import_audit_log a join import_batches b "
                + "on b.id = a.batch_id where b.status = 'refused'"));
    }

    @Test
    void aReviewReportCountsDecisionsAndListsOnlyWhatIsStillOpen() throws Exception {
        List<Map<String, Object>> locked = crosswalk.rows("select id from import_conflicts where reason = 'LOCKED' "
                + "order by id");
        CsvFixture file = new CsvFixture(List.of("conflict_id", "batch", "line", "contact_id", "field",
                "current_value", "incoming_value", "reason", "decision"));
        file.row(List.of(locked.get(0).get("id").toString(), "", "", "", "city", "", "", "LOCKED", "KEEP"));
        file.row(List.of(locked.get(1).get("id").toString(), "", "", "", "city", "", "", "LOCKED", "TAKE"));
        file.row(List.of(locked.get(2).get("id").toString(), "", "", "", "city", "", "", "LOCKED", "TAKE"));
        file.row(List.of("*", Long.toString(conflicts), "", "", "", "", "", "FILL_BLANK", "DISMISS"));

        BatchReport review = reviews.applyFile(file.write(home.resolve("d.csv")), 600, "tester");

        assertEquals("6 decisions applied (1 kept, 2 taken, 3 dismissed), 0 refused (the reason per row in the "
                + "review answers), 0 rows without a decision. Still open: nothing.", review.message());
        assertEquals(Map.of(), review.conflicts());
        String page = Files.readString(Path.of(review.files().get("report_html")));
        assertTrue(page.contains("Nothing needs a decision."), page);
        assertFalse(page.contains("kept conflicts"), page);
        assertFalse(page.contains("fix them at the source"), page);
    }
}
