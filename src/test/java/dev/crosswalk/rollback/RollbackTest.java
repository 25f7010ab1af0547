package dev.crosswalk.rollback;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.PayPalPayments;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo (docs/review.md): a rollback restores exactly the state before the batch, refuses over later work, and can be undone. */
class RollbackTest {

    @TempDir
    Path home;
    TestCrosswalk crosswalk;
    RollbackService rollbacks;

    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home);
        rollbacks = CompositionRoot.on(CrosswalkSettings.load(Map.of("crosswalk.home", home.toString())), crosswalk.dataSource()).rollbacks();
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    static Map<String, String> ann(String city, String tags) {
        Map<String, String> v = person("106604827", "Ann", "Lee", "ann@example.com");
        v.put("Member ID", "88001234");
        v.put("City (address_city)", city);
        v.put("Tags", tags);
        v.put("Products", "Bali Retreat");
        return v;
    }

    private BatchReport people(String name, List<Map<String, String>> persons) throws Exception {
        KajabiPeople file = new KajabiPeople();
        persons.forEach(file::person);
        return crosswalk.importFile(file.write(home.resolve(name)), "kajabi");
    }

    private BatchReport segment(String source, Instant exportedAt, String... emails) throws Exception {
        CsvFixture csv = new CsvFixture(List.of("Name", "First Name", "Last Name", "Email", "Created At",
                "Member Created At"));
        for (String email : emails) {
            csv.row(List.of("Pat Doe", "Pat", "Doe", email, "2024-05-06 18:01:32 -0700", ""));
        }
        Path file = csv.write(home.resolve(source + exportedAt.getEpochSecond() + ".csv"));
        Files.setLastModifiedTime(file, FileTime.from(exportedAt));
        return crosswalk.importFile(file, source);
    }

    private BatchReport base() throws Exception {
        return people("week1.csv", List.of(ann("Boulder", "quiz"),
                person("106604828", "Bob", "Ray", "bob@example.org")));
    }

    @Test
    void rollingBackANewContactsBatchRemovesEverythingItCreated() throws Exception {
        var before = crosswalk.dataSnapshot();
        BatchReport batch = base();
        assertEquals(2, batch.rowCount("new"));

        BatchReport rollback = rollbacks.rollback(batch.batch(), false, "tester");

        assertEquals("applied", rollback.status(), rollback.message());
        assertEquals(before, crosswalk.dataSnapshot());
        assertEquals(0, crosswalk.count("select count(*) from tags"));
        assertEquals("rolled_back", crosswalk.rows("select status from import_batches where id = " + batch.batch())
                .get(0).get("status"));
        assertEquals("rollback", crosswalk.rows("select kind from import_batches where id = " + rollback.batch())
                .get(0).get("kind"));
        assertTrue(Files.isRegularFile(Path.of(rollback.files().get("report_json"))));
    }

    @Test
    void rollingBackAnUpdateBatchRestoresFieldsLinksTagsAndTimes() throws Exception {
        base();
        var before = crosswalk.dataSnapshot();
        Map<String, String> moved = ann("Denver", "quiz, VIP");
        moved.put("Email", "ann.new@example.com");
        moved.put("Products", "Bali Retreat, Yoga 101");
        BatchReport batch = people("week2.csv", List.of(moved, person("106604829", "Cy", "Moe", "cy@example.org")));
        assertEquals(1, batch.rowCount("updated"));
        assertNotEquals(before, crosswalk.dataSnapshot());

        BatchReport rollback = rollbacks.rollback(batch.batch(), false, "tester");

        assertEquals("applied", rollback.status(), rollback.message());
        assertEquals(before, crosswalk.dataSnapshot());
    }

    @Test
    void rollingBackAConsentBatchRestoresTheOptInAndRemovesItsObservations() throws Exception {
        crosswalk.close();
        crosswalk = TestCrosswalk.start(home, false, Map.of("crosswalk.consent.auto-honour-opt-outs", "true"));
        rollbacks = CompositionRoot.on(CrosswalkSettings.load(Map.of("crosswalk.home", home.toString())), crosswalk.dataSource()).rollbacks();
        segment("kajabi-subscribed", Instant.parse("2025-11-01T10:00:00Z"), "pat@example.com");
        var before = crosswalk.dataSnapshot();
        BatchReport batch = segment("kajabi-unsubscribed", Instant.parse("2025-11-10T10:00:00Z"),
                "pat@example.com", "new@example.com");
        assertEquals(false, crosswalk.rows("select email_subscribed from contacts where email = 'pat@example.com'")
                .get(0).get("email_subscribed"));

        BatchReport rollback = rollbacks.rollback(batch.batch(), false, "tester");

        assertEquals("applied", rollback.status(), rollback.message());
        assertEquals(before, crosswalk.dataSnapshot());
    }

    @Test
    void aLaterBatchThatChangedTheSameFieldsMakesItRefuseUnlessForced() throws Exception {
        base();
        var before = crosswalk.dataSnapshot();
        BatchReport second = people("week2.csv", List.of(ann("Denver", "quiz")));
        var afterSecond = crosswalk.dataSnapshot();
        BatchReport third = people("week3.csv", List.of(ann("Austin", "quiz")));
        var afterThird = crosswalk.dataSnapshot();

        BatchReport refused = rollbacks.rollback(second.batch(), false, "tester");

        assertEquals("refused", refused.status());
        assertTrue(refused.message().contains("[" + third.batch() + "]"), refused.message());
        assertEquals(afterThird, crosswalk.dataSnapshot());
        assertTrue(Files.readString(Path.of(refused.files().get("later_changes")))
                .contains(third.batch() + ",import,contacts,"));
        assertEquals("applied", crosswalk.rows("select status from import_batches where id = " + second.batch())
                .get(0).get("status"));

        BatchReport forced = rollbacks.rollback(second.batch(), true, "tester");

        assertEquals("applied", forced.status(), forced.message());
        assertEquals(before, crosswalk.dataSnapshot());
        assertNotEquals(afterSecond, before);
    }

    @Test
    void aBatchAuditedBeforeProvenanceWasOneRowPerContactIsNotRolledBackHalfway() throws Exception {
        base();
        BatchReport second = people("week2.csv", List.of(ann("Denver", "quiz")));
        // what a batch recorded before V180 holds: the old table's rows, by id and column
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, "
                    + "new_value) values (" + second.batch() + ", 'contact_field_sources', 1, 'update', "
                    + "'evidence_at', '2026-11-01 00:00:00+00', '2026-11-02 00:00:00+00')");
        }
        var before = crosswalk.snapshot();

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> rollbacks.rollback(second.batch(), false, "tester"));

        assertTrue(refused.getMessage().contains("before V180"), refused.getMessage());
        assertEquals(before, crosswalk.snapshot());
    }

    @Test
    void aLaterChangeToAContactTheBatchCreatedMakesItRefuseUnlessForced() throws Exception {
        var before = crosswalk.dataSnapshot();
        BatchReport created = base();
        long ann = crosswalk.count("select id from contacts where email = 'ann@example.com'");
        assertEquals(created.batch(), crosswalk.count("select created_batch_id from contacts where id = " + ann));
        BatchReport later = people("week2.csv", List.of(ann("Denver", "quiz")));

        BatchReport refused = rollbacks.rollback(created.batch(), false, "tester");

        assertEquals("refused", refused.status());
        assertTrue(Files.readString(Path.of(refused.files().get("later_changes")))
                .contains(later.batch() + ",import,contacts," + ann + ",city"), refused.message());
        BatchReport forced = rollbacks.rollback(created.batch(), true, "tester");
        assertEquals("applied", forced.status(), forced.message());
        assertEquals(0, crosswalk.count("select count(*) from contacts"));
        assertEquals(before.get("contacts"), crosswalk.dataSnapshot().get("contacts"));
    }

    @Test
    void rollingBackARollbackReappliesIt() throws Exception {
        base();
        Map<String, String> moved = ann("Denver", "quiz, VIP");
        moved.put("Email", "ann.new@example.com");
        BatchReport batch = people("week2.csv", List.of(moved, person("106604829", "Cy", "Moe", "cy@example.org")));
        var applied = crosswalk.dataSnapshot();
        BatchReport rollback = rollbacks.rollback(batch.batch(), false, "tester");

        BatchReport again = rollbacks.rollback(rollback.batch(), false, "tester");

        assertEquals("applied", again.status(), again.message());
        assertEquals(applied, crosswalk.dataSnapshot());
        assertEquals("applied", crosswalk.rows("select status from import_batches where id = " + batch.batch())
                .get(0).get("status"));
        assertEquals("rolled_back", crosswalk.rows("select status from import_batches where id = "
                + rollback.batch()).get(0).get("status"));
    }

    @Test
    void transactionsAndSubscriptionsABatchInsertedGoToo() throws Exception {
        base();
        var before = crosswalk.dataSnapshot();
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into import_batches (id, kind, source, status) values (900, 'import', 'paypal', "
                    + "'applied')");
            st.execute("insert into subscriptions (id, contact_id, source, external_id, amount, currency, status) "
                    + "select 700, id, 'kajabi', 'S-1', 49.00, 'USD', 'active' from contacts where email = "
                    + "'ann@example.com'");
            st.execute("insert into transactions (id, contact_id, source, external_id, type, amount, currency, "
                    + "subscription_id) select 800, id, 'paypal', 'T-1', 'payment', 49.00, 'USD', 700 from contacts "
                    + "where email = 'ann@example.com'");
            st.execute("insert into import_audit_log (batch_id, table_name, record_id, action) values "
                    + "(900, 'subscriptions', 700, 'insert'), (900, 'transactions', 800, 'insert')");
        }

        BatchReport rollback = rollbacks.rollback(900, false, "tester");

        assertEquals("applied", rollback.status(), rollback.message());
        assertEquals(before, crosswalk.dataSnapshot());
        assertEquals(2L, rollback.fields().get("rows_deleted"));
    }

    /** One PayPal payment by Ann, in the given status (a later download states the same payment anew). */
    private BatchReport payment(String name, String status) throws Exception {
        return crosswalk.importFile(new PayPalPayments()
                .payment("0XG02A4F70310002N", "1/1/2018", "Ann Lee", "ann@example.com", status, "60.00", "-2.04")
                .payment("1BB02A4F70310003M", "1/2/2018", "Cy Moss", "cy@example.org", "Completed", "20.00", "-0.88")
                .write(home.resolve(name)), "paypal");
    }

    @Test
    void transactionsNameTheBatchThatInsertedThemAndGoWithItsRollback() throws Exception {
        base();
        var before = crosswalk.dataSnapshot();
        BatchReport paid = payment("paypal1.csv", "Pending");
        assertEquals("applied", paid.status(), paid.message());
        // no audit row per inserted transaction: each names its batch
        assertEquals(List.of(Map.of("external_id", "0XG02A4F70310002N", "created_batch_id", paid.batch()),
                Map.of("external_id", "1BB02A4F70310003M", "created_batch_id", paid.batch())),
                crosswalk.rows("select external_id, created_batch_id from transactions order by external_id"));
        assertEquals(0, crosswalk.count("select count(*) from import_audit_log where table_name = 'transactions'"));
        var applied = crosswalk.dataSnapshot();
        long annPaid = crosswalk.count("select id from transactions where external_id = '0XG02A4F70310002N'");
        BatchReport settled = payment("paypal2.csv", "Completed");

        BatchReport refused = rollbacks.rollback(paid.batch(), false, "tester");

        assertEquals("refused", refused.status());
        assertTrue(Files.readString(Path.of(refused.files().get("later_changes")))
                .contains(settled.batch() + ",import,transactions," + annPaid + ",status"), refused.message());
        assertEquals("applied", rollbacks.rollback(settled.batch(), false, "tester").status());
        BatchReport undone = rollbacks.rollback(paid.batch(), false, "tester");
        assertEquals("applied", undone.status(), undone.message());
        assertEquals(before, crosswalk.dataSnapshot());
        BatchReport redone = rollbacks.rollback(undone.batch(), false, "tester");
        assertEquals("applied", redone.status(), redone.message());
        assertEquals(applied, crosswalk.dataSnapshot());
        assertEquals(2, crosswalk.count("select count(*) from transactions where created_batch_id = " + paid.batch()));
    }

    @Test
    void aBatchThatIsNotAppliedIsRefused() throws Exception {
        BatchReport batch = base();
        rollbacks.rollback(batch.batch(), false, "tester");

        BatchReport again = rollbacks.rollback(batch.batch(), false, "tester");

        assertEquals("refused", again.status());
        assertTrue(again.message().contains("rolled_back"), again.message());
        assertEquals("refused", rollbacks.rollback(4242, false, "tester").status());
    }
}
