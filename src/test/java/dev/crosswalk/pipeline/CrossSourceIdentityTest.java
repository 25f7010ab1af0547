package dev.crosswalk.pipeline;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.Rows;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's promise: one person, known to Kajabi (people and subscription), PayPal (another email, linked by the
 * subscription profile), Zoho (a work email plus the Kajabi one as secondary) and Ticket Tailor, is one contact
 * with all emails, in whatever order the files arrive; re-importing every file changes nothing.
 */
class CrossSourceIdentityTest {

    private static final List<String> ZOHO = List.of("Record Id", "Contact Owner", "First Name", "Last Name",
            "Email", "Secondary Email", "Phone", "Mailing City", "Email Opt Out");

    /** source → file, in the order an export day would bring them. */
    private static Map<String, Path> exports(Path dir) throws Exception {
        Map<String, Path> files = new LinkedHashMap<>();
        Map<String, String> ann = person("106604827", "Ann", "Lee", "Ann@Example.com");
        ann.put("Member ID", "88001234");
        files.put("kajabi people", new KajabiPeople().person(ann).write(dir.resolve("people.csv")));
        files.put("kajabi subscriptions", new Rows(MoneyExports.KAJABI_SUBSCRIPTIONS)
                .row("Kajabi Subscription ID", "2194986380", "Customer Email", "ann@example.com", "Customer Name",
                        "Ann Lee", "Customer ID", "88001234", "Amount", "$1,089.00", "Currency", "USD", "Interval",
                        "Year", "Status", "Active", "Created At", "Nov 28, 2025", "Provider", "PayPal",
                        "Provider ID", "I-8RXL1Y23JYX")
                .write(dir.resolve("subscriptions.csv")));
        files.put("paypal", new Rows(MoneyExports.PAYPAL_DEFAULT)
                .row("Date", "11/28/2025", "Time", "09:00:00", "TimeZone", "PST", "Name", "Ann Lee", "Type",
                        "Subscription Payment", "Status", "Completed", "Currency", "USD", "Gross", "1,089.00",
                        "Fee", "-32.11", "Net", "1,056.89", "From Email Address", "ann.lee.pays@example.org",
                        "To Email Address", "shop@example.com", "Transaction ID", "0XG02A4F70310002N",
                        "Reference Txn ID", "I-8RXL1Y23JYX", "Balance Impact", "Credit")
                .write(dir.resolve("paypal.csv")));
        files.put("zoho", new Rows(ZOHO)
                .row("Record Id", "zcrm_3811008000002766271", "First Name", "Ann", "Last Name", "Lee",
                        "Email", "ann.work@example.net", "Secondary Email", "ann@example.com", "Email Opt Out",
                        "false")
                .write(dir.resolve("zoho.csv")));
        files.put("ticket-tailor", new Rows(MoneyExports.TICKET_TAILOR)
                .row("Order ID", "or_5001", "Order date", "Nov 7, 2025 2:28 PM", "Order cancelled", "0",
                        "Order value", "25.00", "Total paid", "25.00", "Payment method", "STRIPE", "Event ID",
                        "ev_77", "Event name", "Winter Concert", "Event start", "Sat Nov 8, 2025 7:15 PM",
                        "Name", "Ann Lee", "First Name", "Ann", "Last Name", "Lee", "Email", "ann@example.com.")
                .write(dir.resolve("orders.csv")));
        return files;
    }

    private static String source(String export) {
        return export.startsWith("kajabi") ? "kajabi" : export;
    }

    private static void assertOnePerson(TestCrosswalk crosswalk) throws Exception {
        assertEquals(1, crosswalk.count("select count(*) from contacts where deleted_at is null"));
        long ann = crosswalk.count("select id from contacts where deleted_at is null");
        assertEquals(List.of("ann.lee.pays@example.org", "ann.work@example.net", "ann@example.com"),
                crosswalk.rows("select email from contact_emails where contact_id = " + ann + " order by email")
                        .stream().map(r -> r.get("email")).toList());
        assertEquals(List.of("kajabi", "kajabi-member", "zoho"), crosswalk.rows(
                "select source from contact_identities where contact_id = " + ann + " order by source").stream()
                .map(r -> r.get("source")).toList());
        assertEquals(2, crosswalk.count("select count(*) from transactions where contact_id = " + ann));
        assertEquals(1, crosswalk.count("select count(*) from subscriptions where contact_id = " + ann));
    }

    @Test
    void exportsInTheirNaturalOrderGiveOneContactAndChangeNothingTheSecondTime(@TempDir Path home)
            throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            Map<String, Path> files = exports(home);
            for (Map.Entry<String, Path> e : files.entrySet()) {
                crosswalk.importFile(e.getValue(), source(e.getKey()));
            }
            assertOnePerson(crosswalk);
            Map<String, List<Map<String, Object>>> before = crosswalk.snapshot();

            List<String> reversed = new ArrayList<>(files.keySet());
            Collections.reverse(reversed);
            for (String export : reversed) {
                assertEquals("duplicate", crosswalk.importFile(files.get(export), source(export)).status(), export);
            }
            assertEquals(before, crosswalk.snapshot());
        }
    }

    @Test
    void exportsInReverseOrderGiveOneContactToo(@TempDir Path home) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            Map<String, Path> files = exports(home);
            List<String> reversed = new ArrayList<>(files.keySet());
            Collections.reverse(reversed);
            for (String export : reversed) {
                crosswalk.importFile(files.get(export), source(export));
            }
            assertOnePerson(crosswalk);
        }
    }
}
