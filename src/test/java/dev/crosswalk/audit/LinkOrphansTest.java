package dev.crosswalk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The links an import writes row by row point at their row without a foreign key (V191, unenforced_references):
 * deleting a row still deletes what belongs to it and is refused while something else points at it, as the keys
 * did, and a link whose row is missing — made here by hand — is what the audit reports.
 */
class LinkOrphansTest {

    private static final String[] BELONGING = {
        "select count(*) from contact_emails where contact_id = %d",
        "select count(*) from contact_identities where contact_id = %d",
        "select count(*) from contact_tags where contact_id = %d",
        "select count(*) from contact_products where contact_id = %d",
        "select count(*) from contact_provenance where id = %d",
        "select count(*) from consent_events where contact_id = %d"};

    @Test
    void aDeletedContactTakesWhatBelongsToItAndARowSomethingPointsAtStays(@TempDir Path home) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            importAnnAndBob(crosswalk, home);
            long ann = crosswalk.count("select id from contacts where email = 'ann@example.com'");
            long bob = crosswalk.count("select id from contacts where email = 'bob@example.com'");
            execute(crosswalk, "insert into consent_events (contact_id, subscribed, source, batch_id, observed_at, "
                    + "applied, reason) select id, true, 'kajabi', created_batch_id, now(), true, 'opt-in' "
                    + "from contacts");
            for (String belonging : BELONGING) {
                assertEquals(1, crosswalk.count(belonging.formatted(ann)), belonging);
                assertEquals(1, crosswalk.count(belonging.formatted(bob)), belonging);
            }
            execute(crosswalk, "insert into transactions (contact_id, source, external_id, type, amount) values ("
                    + ann + ", 'paypal', 'T-1', 'payment', 10.00)");

            SQLException contactPaid = assertThrows(SQLException.class,
                    () -> execute(crosswalk, "delete from contacts where id = " + ann));
            assertEquals("23503", contactPaid.getSQLState());
            assertTrue(contactPaid.getMessage().contains("\"transactions\""), contactPaid.getMessage());
            SQLException tagUsed = assertThrows(SQLException.class,
                    () -> execute(crosswalk, "delete from tags where name = 'Alumni'"));
            assertEquals("23503", tagUsed.getSQLState());
            SQLException productUsed = assertThrows(SQLException.class,
                    () -> execute(crosswalk, "delete from products where name = 'Course'"));
            assertEquals("23503", productUsed.getSQLState());
            assertEquals(2, crosswalk.count("select count(*) from contacts"));

            execute(crosswalk, "delete from transactions where external_id = 'T-1'");
            execute(crosswalk, "delete from contacts where id = " + ann);
            for (String belonging : BELONGING) {
                assertEquals(0, crosswalk.count(belonging.formatted(ann)), belonging);
                assertEquals(1, crosswalk.count(belonging.formatted(bob)), belonging);
            }
            assertEquals(List.of(), crosswalk.rows("select * from audit_link_orphans"));
        }
    }

    @Test
    void anEventOrSubscriptionATransactionNamesIsNotDeletedUntilTheTransactionGoes(@TempDir Path home)
            throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            execute(crosswalk,
                    "insert into events (source, external_id, name) values ('tickettailor', 'ev_1', 'Gala')");
            execute(crosswalk, "insert into subscriptions (source, external_id) values ('kajabi', 'sub_1')");
            execute(crosswalk, "insert into transactions (source, external_id, type, amount, event_id, "
                    + "subscription_id) select 'paypal', 'T-1', 'payment', 10.00, e.id, s.id from events e, "
                    + "subscriptions s");

            SQLException eventPaid = assertThrows(SQLException.class,
                    () -> execute(crosswalk, "delete from events where external_id = 'ev_1'"));
            assertEquals("23503", eventPaid.getSQLState());
            assertTrue(eventPaid.getMessage().contains("\"transactions\""), eventPaid.getMessage());
            SQLException subscriptionPaid = assertThrows(SQLException.class,
                    () -> execute(crosswalk, "delete from subscriptions where external_id = 'sub_1'"));
            assertEquals("23503", subscriptionPaid.getSQLState());
            assertTrue(subscriptionPaid.getMessage().contains("\"transactions\""),
                    subscriptionPaid.getMessage());
            assertEquals(1, crosswalk.count("select count(*) from events"));
            assertEquals(1, crosswalk.count("select count(*) from subscriptions"));

            execute(crosswalk, "delete from transactions where external_id = 'T-1'");
            execute(crosswalk, "delete from events where external_id = 'ev_1'");
            execute(crosswalk, "delete from subscriptions where external_id = 'sub_1'");
            assertEquals(0, crosswalk.count("select count(*) from events"));
            assertEquals(0, crosswalk.count("select count(*) from subscriptions"));
            assertEquals(List.of(), crosswalk.rows("select * from audit_link_orphans"));
        }
    }

    @Test
    void linksWhoseRowIsMissingAreReported(@TempDir Path home) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            importAnnAndBob(crosswalk, home);
            AuditRunner runner = crosswalk.runtime().context().getRegistry().lookupByNameAndType("auditRunner",
                    AuditRunner.class);
            assertEquals(List.of(), orphans(runner.runNow()));
            assertEquals(0, attention(crosswalk));

            long missing = crosswalk.count("select max(id) from contacts") + 100;
            long ann = crosswalk.count("select id from contacts where email = 'ann@example.com'");
            execute(crosswalk, "insert into contact_emails (contact_id, email, display, kind, source) values ("
                    + missing + ", 'gone@example.com', 'gone@example.com', 'primary', 'kajabi'), (" + missing
                    + ", 'gone2@example.com', 'gone2@example.com', 'additional', 'kajabi')");
            execute(crosswalk, "insert into contact_tags (contact_id, tag_id, source) values (" + ann + ", "
                    + missing + ", 'kajabi')");
            execute(crosswalk, "insert into transactions (contact_id, product_id, source, external_id, type, amount) "
                    + "values (" + missing + ", " + (missing + 1) + ", 'paypal', 'T-1', 'payment', 10.00)");

            AuditReport report = runner.runNow();
            assertEquals(List.of("contact_emails.contact_id contacts " + missing + " 2",
                    "contact_tags.tag_id tags " + missing + " 1",
                    "transactions.contact_id contacts " + missing + " 1",
                    "transactions.product_id products " + (missing + 1) + " 1"), orphans(report));
            assertEquals(5, attention(crosswalk));
            assertTrue(Files.readString(report.html()).contains("data-item=\"link_orphans\"><strong>5</strong>"));
        }
    }

    private static void importAnnAndBob(TestCrosswalk crosswalk, Path home) throws Exception {
        BatchReport people = crosswalk.importFile(new KajabiPeople()
                .person(withCourse(KajabiPeople.person("1", "Ann", "Lee", "ann@example.com")))
                .person(withCourse(KajabiPeople.person("2", "Bob", "Ray", "bob@example.com")))
                .write(home.resolve("people.csv")), "kajabi");
        assertEquals("applied", people.status());
    }

    private static Map<String, String> withCourse(Map<String, String> person) {
        person.put("Products", "Course");
        person.put("Tags", "Alumni");
        return person;
    }

    private static void execute(TestCrosswalk crosswalk, String sql) throws SQLException {
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** The audit JSON's rows of audit_link_orphans, each as "link missing_from parent_id records". */
    private static List<String> orphans(AuditReport report) throws Exception {
        JsonNode json = ReportWriter.JSON.readTree(report.json().toFile());
        List<String> rows = new ArrayList<>();
        for (JsonNode row : json.get("views").get("audit_link_orphans")) {
            rows.add(row.get("link").asText() + " " + row.get("missing_from").asText() + " "
                    + row.get("parent_id").asLong() + " " + row.get("records").asLong());
        }
        return rows;
    }

    private static long attention(TestCrosswalk crosswalk) throws Exception {
        List<Map<String, Object>> item = crosswalk.rows(
                "select count from audit_attention where item = 'link_orphans'");
        return ((Number) item.get(0).get("count")).longValue();
    }
}
