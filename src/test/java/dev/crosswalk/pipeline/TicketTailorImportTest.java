package dev.crosswalk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.Rows;
import dev.crosswalk.support.ImportTestBase;
import dev.crosswalk.support.TestCrosswalk;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketTailorImportTest extends ImportTestBase {

    private static final String OPT_IN = "Are you open to receive emails from Example House?";

    static Rows orders(List<String> header, String optInColumn) {
        return orders(header, optInColumn, "or_5001");
    }

    /** Three orders; the CSV may or may not keep the API's {@code or_} prefix on the first one's id. */
    static Rows orders(List<String> header, String optInColumn, String firstOrderId) {
        return new Rows(header)
                .row("Order ID", firstOrderId, "Order date", "Nov 7, 2025 2:28 PM", "Order cancelled", "0",
                        "Order value", "45.00", "Total paid", "45.00", "Remaining order value", "0",
                        "Refunded amount", "0", "PAYG fees", "1.35", "Payment method", "PAYPAL",
                        "Transaction ID", "0XG02A4F70310099Z", "Tickets purchased", "1", "Order items", "1 x General",
                        "Event ID", "ev_77", "Event name", "Winter Concert", "Event start", "Sat Nov 8, 2025 7:15 PM",
                        "Event end", "Sat Nov 8, 2025 9:45 PM", "Name", "Ann Lee", "First Name", "Ann",
                        "Last Name", "Lee", "Email", "Ann@Example.com.", "Mobile number", "1 303-555-0100",
                        "Address 1", "1 Main St", "Postcode / Zip", "80301", optInColumn, "Yes")
                .row("Order ID", "5002", "Order date", "Nov 7, 2025 3:00 PM", "Order cancelled", "0",
                        "Order value", "0", "Total paid", "0", "Refunded amount", "0", "PAYG fees", "0",
                        "Payment method", "NO_COST", "Tickets purchased", "2", "Event ID", "ev_77",
                        "Event name", "Winter Concert", "Event start", "Sat Nov 8, 2025 7:15 PM",
                        "First Name", "Bob", "Last Name", "Ray", "Email", "bob@example.org;", optInColumn, "No")
                .row("Order ID", "5003", "Order date", "Nov 9, 2025 10:05 AM", "Order cancelled", "1",
                        "Order value", "1,200.00", "Total paid", "1,200.00", "Refunded amount", "1,200.00",
                        "PAYG fees", "36.00", "Payment method", "STRIPE", "Event ID", "ev_78",
                        "Event name", "Spring Retreat", "Event start", "Fri Mar 6, 2026 5:00 PM",
                        "First Name", "Ann", "Last Name", "Lee", "Email", "ann@example.com", optInColumn, "");
    }

    @Test
    void importsBuyersOrdersEventsTagsAndTheOptInAnswer() throws Exception {
        BatchReport report = crosswalk.importFile(orders(MoneyExports.TICKET_TAILOR, OPT_IN)
                .write(home.resolve("orders.csv")), "ticket-tailor");

        assertEquals("ticket-tailor-orders", report.format());
        assertEquals(3, report.rowCount("new"));
        Map<String, Object> ann = crosswalk.rows("select * from contacts where email = 'Ann@Example.com'").get(0);
        assertEquals("ticket-tailor", ann.get("source_system"));
        assertEquals("1 303-555-0100", ann.get("phone"));
        assertEquals("80301", ann.get("postal_code"));
        assertEquals(true, ann.get("email_subscribed"));
        assertEquals(true, ann.get("subscription_protected"));
        Map<String, Object> bob = crosswalk.rows("select * from contacts where email = 'bob@example.org'").get(0);
        assertEquals(false, bob.get("email_subscribed"));
        assertEquals(List.of(Map.of("subscribed", true, "applied", true), Map.of("subscribed", false,
                "applied", true)), crosswalk.rows("select subscribed, applied from consent_events order by id"));
        assertEquals(1, crosswalk.count("select count(*) from consent_events where observed_at = "
                + "'2025-11-07 14:28:00+00'"));

        Map<String, Object> paid = crosswalk.rows("select * from transactions where external_id = '5001'").get(0);
        assertEquals(ann.get("id"), paid.get("contact_id"));
        assertEquals("order", paid.get("type"));
        assertEquals("completed", paid.get("status"));
        assertEquals(new BigDecimal("45.00"), paid.get("amount"));
        assertEquals(new BigDecimal("45.00"), paid.get("amount_paid"));
        assertEquals(new BigDecimal("-1.35"), paid.get("fee"));
        assertEquals("PAYPAL", paid.get("payment_method"));
        assertEquals(false, paid.get("cancelled"));
        Map<String, Object> free = crosswalk.rows("select * from transactions where external_id = '5002'").get(0);
        assertEquals(new BigDecimal("0.00"), free.get("amount"));
        assertEquals("NO_COST", free.get("payment_method"));
        assertEquals("completed", free.get("status"));
        Map<String, Object> cancelled = crosswalk.rows("select * from transactions where external_id = '5003'")
                .get(0);
        assertEquals(ann.get("id"), cancelled.get("contact_id"));
        assertEquals("cancelled", cancelled.get("status"));
        assertEquals(true, cancelled.get("cancelled"));
        assertEquals(new BigDecimal("1200.00"), cancelled.get("amount_refunded"));

        assertEquals(List.of(Map.of("external_id", "ev_77", "name", "Winter Concert", "orders", 2L),
                Map.of("external_id", "ev_78", "name", "Spring Retreat", "orders", 1L)),
                crosswalk.rows("select e.external_id, e.name, count(t.id) as orders from events e "
                        + "join transactions t on t.event_id = e.id group by e.id order by e.external_id"));
        assertEquals(1, crosswalk.count("select count(*) from events where starts_at = '2025-11-08 19:15:00+00' "
                + "and ends_at = '2025-11-08 21:45:00+00'"));
        assertEquals(List.of(Map.of("name", "Spring Retreat"), Map.of("name", "Winter Concert")),
                crosswalk.rows("select t.name from contact_tags ct join tags t on t.id = ct.tag_id "
                        + "where ct.contact_id = " + ann.get("id") + " order by t.name"));
        assertEquals(2, crosswalk.count("select count(*) from import_audit_log where table_name = 'events' "
                + "and action = 'insert'"));
    }

    @Test
    void shuffledColumnsAndThePrefixlessOrderIdChangeNothing() throws Exception {
        crosswalk.importFile(orders(MoneyExports.TICKET_TAILOR, OPT_IN).write(home.resolve("first.csv")),
                "ticket-tailor");
        Map<String, List<Map<String, Object>>> before = crosswalk.snapshotBesidesEvidenceTimes();
        before.remove("consent_events");

        BatchReport again = crosswalk.importFile(orders(MoneyExports.TICKET_TAILOR, OPT_IN, "5001").shuffled()
                .write(home.resolve("second.csv")), "ticket-tailor");

        assertEquals(3, again.rowCount("unchanged"));
        Map<String, List<Map<String, Object>>> after = crosswalk.snapshotBesidesEvidenceTimes();
        after.remove("consent_events");
        assertEquals(before, after);
    }

    @Test
    void theOptInColumnCanBeNamedInConfigurationWithItsYesValues(@TempDir Path otherHome) throws Exception {
        List<String> header = new ArrayList<>(MoneyExports.TICKET_TAILOR.subList(0,
                MoneyExports.TICKET_TAILOR.size() - 1));
        header.add("Newsletter?");
        try (TestCrosswalk configured = TestCrosswalk.start(otherHome, false, Map.of(
                "crosswalk.ticket-tailor.opt-in-column", "Newsletter?",
                "crosswalk.ticket-tailor.opt-in-yes-values", "Sure, Absolutely"))) {
            configured.importFile(orders(header, "Newsletter?").row("Order ID", "5004", "Order date",
                    "Nov 9, 2025 10:05 AM", "Order value", "10", "Event ID", "ev_78", "Event name", "Spring Retreat",
                    "Email", "cy@example.org", "Newsletter?", "absolutely").write(otherHome.resolve("o.csv")),
                    "ticket-tailor");

            assertEquals(List.of(Map.of("email", "cy@example.org", "subscribed", true)),
                    configured.rows("select email, subscribed from consent_events where email = 'cy@example.org'"));
            assertEquals(List.of(Map.of("email", "bob@example.org", "subscribed", false)),
                    configured.rows("select email, subscribed from consent_events where email = 'bob@example.org'"));
        }
    }

    @Test
    void theConsentRoleComesFromConfiguration(@TempDir Path otherHome) throws Exception {
        try (TestCrosswalk informational = TestCrosswalk.start(otherHome, false,
                Map.of("crosswalk.consent.role.ticket-tailor", "informational"))) {
            informational.importFile(orders(MoneyExports.TICKET_TAILOR, OPT_IN).write(otherHome.resolve("o.csv")),
                    "ticket-tailor");

            assertEquals(0, informational.count("select count(*) from contacts where email_subscribed"));
            assertEquals(List.of(Map.of("subscribed", true, "applied", false), Map.of("subscribed", false,
                    "applied", false)), informational.rows("select subscribed, applied from consent_events order by id"));
        }
    }
}
