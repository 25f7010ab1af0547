package dev.crosswalk.pipeline;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.Rows;
import dev.crosswalk.support.ImportTestBase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KajabiTransactionsImportTest extends ImportTestBase {

    private static Rows transactions() {
        return new Rows(MoneyExports.KAJABI_TRANSACTIONS)
                .row("ID", "2194986001", "Amount", "1234.00", "Currency", "USD", "Type", "Subscription",
                        "Status", "succeeded", "Created At", "2025-11-08 04:11:00 -0700", "Customer ID", "88001234",
                        "Customer Name", "Ann Lee", "Customer Email", "ann.other@example.com",
                        "Offer ID", "2147539633", "Offer Title", "Inner Circle", "Order No.", "N/A",
                        "Provider", "PayPal")
                .row("ID", "2194986002", "Amount", "-88.00", "Currency", "USD", "Type", "Refund",
                        "Status", "succeeded", "Created At", "2025-03-09 03:30:00 -0600", "Customer ID", "",
                        "Customer Name", "Bob Ray", "Customer Email", "BOB@example.org", "Order No.", "10442")
                .row("ID", "35285763", "Amount", "88.00", "Currency", "USD", "Type", "Charge",
                        "Status", "failed", "Created At", "2025-10-30 04:33:07 -0600", "Customer ID", "99000001",
                        "Customer Name", "Dee Nova", "Customer Email", "dee@example.org", "Order No.", "N/A")
                .row("ID", "35285764", "Amount", "88.00", "Currency", "USD", "Type", "Charge",
                        "Status", "succeeded", "Created At", "2025-10-31 04:33:07 -0600",
                        "Customer Name", "Dee Nova", "Customer Email", "dee@example.org");
    }

    private void knownPeople() throws Exception {
        Map<String, String> ann = person("106604827", "Ann", "Lee", "ann@example.com");
        ann.put("Member ID", "88001234");
        crosswalk.importFile(new KajabiPeople().person(ann).person(person("106604828", "Bob", "Ray", "bob@example.org"))
                .write(home.resolve("people.csv")), "kajabi");
    }

    @Test
    void importsTransactionsLinkedByCustomerIdThenEmailAndCreatesUnknownPeople() throws Exception {
        knownPeople();

        BatchReport report = crosswalk.importFile(transactions().write(home.resolve("transactions.csv")), "kajabi");

        assertEquals("kajabi-transactions", report.format());
        assertEquals(4, report.rowCount("new"));
        long ann = crosswalk.count("select id from contacts where email = 'ann@example.com'");
        long bob = crosswalk.count("select id from contacts where email = 'bob@example.org'");
        Map<String, Object> charge = crosswalk.rows("select * from transactions where external_id = '2194986001'")
                .get(0);
        assertEquals(ann, charge.get("contact_id"));
        assertEquals("kajabi", charge.get("source"));
        assertEquals("subscription", charge.get("type"));
        assertEquals("succeeded", charge.get("status"));
        assertEquals(new BigDecimal("1234.00"), charge.get("amount"));
        assertNull(charge.get("order_number"));
        assertEquals("Inner Circle", charge.get("offer_title"));
        assertEquals(1, crosswalk.count("select count(*) from transactions where external_id = '2194986001' "
                + "and occurred_at = '2025-11-08 11:11:00+00'"));
        // the customer id found Ann; the other email she paid with is now hers too
        assertEquals(1, crosswalk.count("select count(*) from contact_emails where contact_id = " + ann
                + " and email = 'ann.other@example.com'"));
        Map<String, Object> refund = crosswalk.rows("select * from transactions where external_id = '2194986002'")
                .get(0);
        assertEquals(bob, refund.get("contact_id"));
        assertEquals(new BigDecimal("-88.00"), refund.get("amount"));
        assertEquals("10442", refund.get("order_number"));
        // an unknown customer becomes a contact rather than an orphan transaction
        Map<String, Object> dee = crosswalk.rows("select * from contacts where email = 'dee@example.org'").get(0);
        assertEquals("Dee", dee.get("first_name"));
        assertEquals("Nova", dee.get("last_name"));
        assertEquals("kajabi", dee.get("source_system"));
        assertEquals(2, crosswalk.count("select count(*) from transactions where contact_id = " + dee.get("id")));
        assertEquals(0, crosswalk.count("select count(*) from transactions where contact_id is null"));
        // each names the batch that inserted it (undo deletes them by it) instead of an audit row
        assertEquals(4, crosswalk.count("select count(*) from transactions where created_batch_id = "
                + report.batch()));
        assertEquals(0, crosswalk.count("select count(*) from import_audit_log where table_name = 'transactions'"));
    }

    @Test
    void reportsTotalsPerCurrencyTypeAndStatus() throws Exception {
        BatchReport report = crosswalk.importFile(transactions().write(home.resolve("transactions.csv")), "kajabi");

        assertEquals(List.of(total("charge", "failed", 1, "88.00"), total("charge", "succeeded", 1, "88.00"),
                total("refund", "succeeded", 1, "-88.00"), total("subscription", "succeeded", 1, "1234.00")),
                report.totals());
    }

    private static Map<String, Object> total(String type, String status, long count, String amount) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("currency", "USD");
        t.put("type", type);
        t.put("status", status);
        t.put("count", count);
        t.put("amount", new BigDecimal(amount));
        return t;
    }

    @Test
    void theSameTransactionsInANewFileNeverDuplicate() throws Exception {
        crosswalk.importFile(transactions().write(home.resolve("first.csv")), "kajabi");
        Map<String, List<Map<String, Object>>> before = crosswalk.snapshotBesidesEvidenceTimes();

        Path bomShuffled = transactions().shuffled().charset(StandardCharsets.UTF_8, true)
                .write(home.resolve("second.csv"));
        BatchReport again = crosswalk.importFile(bomShuffled, "kajabi");

        assertEquals("kajabi-transactions", again.format());
        assertEquals(4, again.rowCount("unchanged"));
        Map<String, List<Map<String, Object>>> after = crosswalk.snapshotBesidesEvidenceTimes();
        assertEquals(before, after);
    }

    @Test
    void aRefundWrittenPositiveIsStoredNegative() throws Exception {
        Rows rows = new Rows(MoneyExports.KAJABI_TRANSACTIONS).row("ID", "77", "Amount", "25.00", "Currency", "USD",
                "Type", "refund", "Status", "succeeded", "Created At", "2025-11-08 04:11:00 -0700",
                "Customer Email", "eve@example.com");

        rows.row("ID", "78", "Amount", "", "Currency", "USD", "Type", "charge", "Status", "succeeded",
                "Created At", "2025-11-08 04:11:00 -0700", "Customer Email", "eve@example.com");
        rows.row("ID", "79", "Amount", "5.00", "Currency", "USD", "Type", "", "Status", "succeeded",
                "Created At", "2025-11-08 04:11:00 -0700", "Customer Email", "eve@example.com");

        BatchReport report = crosswalk.importFile(rows.write(home.resolve("refund.csv")), "kajabi");

        assertEquals(2, report.rowCount("rejected"));
        assertEquals(new BigDecimal("-25.00"), crosswalk.rows("select amount from transactions").get(0)
                .get("amount"));
    }

    @Test
    void aCustomerWhoseIdAndEmailPointAtTwoPeopleIsAConflictAndTheMoneyIsStillKept() throws Exception {
        knownPeople();
        // a person's lock on Bob: the row naming Ann's id with Bob's email asks instead of merging them itself
        crosswalk.lockByPerson(crosswalk.count("select id from contacts where email = 'bob@example.org'"),
                "PARTIAL_LOCK");
        Rows rows = new Rows(MoneyExports.KAJABI_TRANSACTIONS).row("ID", "88", "Amount", "10.00", "Currency", "USD",
                "Type", "charge", "Status", "succeeded", "Created At", "2025-11-08 04:11:00 -0700",
                "Customer ID", "88001234", "Customer Email", "bob@example.org");

        BatchReport report = crosswalk.importFile(rows.write(home.resolve("ambiguous.csv")), "kajabi");

        assertEquals(1, report.rowCount("conflict"));
        assertEquals(Map.of("AMBIGUOUS", 1L), report.conflicts());
        assertEquals(List.of(Map.of("external_id", "88", "no_contact", true)),
                crosswalk.rows("select external_id, contact_id is null as no_contact from transactions"));
    }

    @Test
    void aFileOfManyChunksWritesEachTransactionOnceAndReImportsUnchanged() throws Exception {
        Rows rows = new Rows(MoneyExports.KAJABI_TRANSACTIONS);
        for (int i = 0; i < 130; i++) {
            rows.row("ID", Integer.toString(5000 + i), "Amount", (i % 7) + ".50", "Currency", "USD", "Type", "charge",
                    "Status", "succeeded", "Created At", "2025-11-08 04:11:00 -0700",
                    "Customer Email", "buyer" + (i % 40) + "@example.org");
        }

        BatchReport first = crosswalk.importFile(rows.write(home.resolve("many.csv")), "kajabi");

        assertEquals(130, first.rowCount("new"));
        assertEquals(130, crosswalk.count("select count(*) from transactions"));
        assertEquals(40, crosswalk.count("select count(*) from contacts"));
        assertEquals(130, crosswalk.count("select count(*) from transactions where created_batch_id = "
                + first.batch()));
        BatchReport again = crosswalk.importFile(rows.shuffled().write(home.resolve("many2.csv")), "kajabi");
        assertEquals(130, again.rowCount("unchanged"));
        assertEquals(0, crosswalk.count("select count(*) from import_audit_log where batch_id = " + again.batch()));
    }

    /** A US spreadsheet re-saves Kajabi's times month-first; one date over 12 proves it for the whole file. */
    @Test
    void aMonthFirstSpreadsheetResaveIsReadMonthFirstWhenADateProvesIt() throws Exception {
        Rows resaved = new Rows(MoneyExports.KAJABI_TRANSACTIONS)
                .row("ID", "7001", "Amount", "10.00", "Currency", "USD", "Type", "Charge", "Status", "succeeded",
                        "Created At", "11/08/2025 04:11", "Customer Email", "ann@example.com")
                .row("ID", "7002", "Amount", "20.00", "Currency", "USD", "Type", "Charge", "Status", "succeeded",
                        "Created At", "11/29/2025 14:30", "Customer Email", "bob@example.org");

        BatchReport report = crosswalk.importFile(resaved.write(home.resolve("resaved.csv")), "kajabi");

        assertEquals(2, report.rowCount("new"), report.message());
        assertEquals("month-first, proven by line 3 (11/29/2025 14:30)", report.recognition().get("date_order"));
        assertEquals(List.of(Map.of("external_id", "7001", "at", "2025-11-08 04:11:00"),
                Map.of("external_id", "7002", "at", "2025-11-29 14:30:00")),
                crosswalk.rows("select external_id, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS')"
                        + " as at from transactions order by external_id"));
    }

    /** Kajabi writes its own times with an offset; a re-save with nothing to prove an order is read day-first, said. */
    @Test
    void aResaveWithNoProvingDateIsReadDayFirstAndTheReportSaysItWasAssumed() throws Exception {
        Rows resaved = new Rows(MoneyExports.KAJABI_TRANSACTIONS)
                .row("ID", "7003", "Amount", "10.00", "Currency", "USD", "Type", "Charge", "Status", "succeeded",
                        "Created At", "08/11/2025 04:11", "Customer Email", "ann@example.com");

        BatchReport report = crosswalk.importFile(resaved.write(home.resolve("resaved.csv")), "kajabi");

        assertEquals(1, report.rowCount("new"), report.message());
        assertTrue(report.recognition().get("date_order").startsWith("day-first, assumed"),
                report.recognition().get("date_order"));
        assertEquals(1, crosswalk.count("select count(*) from transactions where external_id = '7003' "
                + "and occurred_at = '2025-11-08 04:11:00+00'"));
    }
}
