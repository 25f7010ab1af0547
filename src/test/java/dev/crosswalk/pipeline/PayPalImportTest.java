package dev.crosswalk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.PayPalPayments;
import dev.crosswalk.support.Rows;
import dev.crosswalk.support.ImportTestBase;
import dev.crosswalk.support.TestCrosswalk;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayPalImportTest extends ImportTestBase {

    private static final String ME = "shop@example.com";

    /** A month of activity: three customer-money rows, and five that are not customer money. */
    static Rows activity(List<String> header) {
        Rows rows = new Rows(header)
                .row("Date", "1/1/2018", "Time", "02:15:42", "TimeZone", "PST", "Name", "Lee, Ann",
                        "Type", "Website Payment", "Status", "Completed", "Currency", "USD", "Gross", "1,560.00",
                        "Fee", "-68.94", "Net", "1,491.06", "From Email Address", "Ann.PayPal@example.org",
                        "To Email Address", ME, "Transaction ID", "0XG02A4F70310002N",
                        "Item Title", "Retreat, deposit ($500 off)", "Reference Txn ID", "", "Balance", "4,764.38")
                .row("Date", "10/01/2019", "Time", "10:00:00", "TimeZone", "PDT", "Name", "Bob Ray",
                        "Type", "Subscription Payment", "Status", "Completed", "Currency", "USD", "Gross", "242.00",
                        "Fee", "-7.32", "Net", "234.68", "From Email Address", "bob@example.org",
                        "To Email Address", ME, "Transaction ID", "1BB02A4F70310003M",
                        "Reference Txn ID", "I-BOB0000000A")
                .row("Date", "1/5/2018", "Time", "09:00:00", "TimeZone", "PST", "Name", "Ann Lee",
                        "Type", "Payment Refund", "Status", "Completed", "Currency", "USD", "Gross", "-100.00",
                        "Fee", "2.50", "Net", "-97.50", "From Email Address", ME,
                        "To Email Address", "ann.paypal@example.org", "Transaction ID", "2CC02A4F70310004L",
                        "Reference Txn ID", "0XG02A4F70310002N")
                .row("Date", "1/1/2018", "Time", "02:15:43", "TimeZone", "PST", "Type", "Bank Deposit to PP Account ",
                        "Status", "Completed", "Currency", "USD", "Gross", "100.00", "Fee", "0.00", "Net", "100.00",
                        "Transaction ID", "3DD02A4F70310005K", "Reference Txn ID", "0XG02A4F70310002N")
                .row("Date", "1/2/2018", "Time", "08:00:00", "TimeZone", "PST", "Type", "General Currency Conversion",
                        "Status", "Completed", "Currency", "EUR", "Gross", "-50.00", "Fee", "0.00", "Net", "-50.00",
                        "Transaction ID", "4EE02A4F70310006J")
                .row("Date", "1/3/2018", "Time", "08:00:00", "TimeZone", "PST", "Type", "General Withdrawal",
                        "Status", "Completed", "Currency", "USD", "Gross", "-1,000.00", "Fee", "0.00",
                        "Net", "-1,000.00", "Transaction ID", "5FF02A4F70310007I")
                .row("Date", "1/4/2018", "Time", "08:00:00", "TimeZone", "PST", "Type", "Payment Hold",
                        "Status", "Completed", "Currency", "USD", "Gross", "-20.00", "Fee", "0.00", "Net", "-20.00",
                        "Transaction ID", "6GG02A4F70310008H");
        if (header.contains("Balance Impact")) {
            rows.row("Date", "1/4/2018", "Time", "08:00:00", "TimeZone", "PST", "Name", "Cy Moss",
                    "Type", "General Authorization", "Status", "Pending", "Currency", "USD", "Gross", "-30.00",
                    "Fee", "0.00", "Net", "-30.00", "From Email Address", ME, "To Email Address", "cy@example.org",
                    "Transaction ID", "7HH02A4F70310009G", "Balance Impact", "Memo");
        }
        return rows;
    }

    @Test
    void importsCustomerMoneyFromTheDefaultLayoutAndSkipsTheRest() throws Exception {
        BatchReport report = crosswalk.importFile(activity(MoneyExports.PAYPAL_DEFAULT)
                .write(home.resolve("Download.CSV")), "paypal");

        assertEquals("paypal-activity", report.format());
        assertEquals("default-41", report.formatVersion());
        assertEquals(8, report.rowCount("read"));
        assertEquals(3, report.rowCount("new"));
        assertEquals(5, report.rowCount("skipped"));
        assertEquals(Map.of("not customer money: bank leg, withdrawal or transfer", 2L,
                "not customer money: currency conversion", 1L, "not customer money: hold or release", 1L,
                "not customer money: memo (authorisation, no money moved)", 1L), report.skippedReasons());
        Map<String, Object> payment = crosswalk.rows("select * from transactions where external_id = "
                + "'0XG02A4F70310002N'").get(0);
        assertEquals("paypal", payment.get("source"));
        assertEquals("payment", payment.get("type"));
        assertEquals("completed", payment.get("status"));
        assertEquals(new BigDecimal("1560.00"), payment.get("amount"));
        assertEquals(new BigDecimal("-68.94"), payment.get("fee"));
        assertEquals(new BigDecimal("1491.06"), payment.get("net"));
        assertEquals("Retreat, deposit ($500 off)", payment.get("offer_title"));
        assertEquals(1, crosswalk.count("select count(*) from transactions where external_id = '0XG02A4F70310002N' "
                + "and occurred_at = '2018-01-01 10:15:42+00'"));
        assertEquals(1, crosswalk.count("select count(*) from transactions where external_id = '1BB02A4F70310003M' "
                + "and occurred_at = '2019-10-01 17:00:00+00' and type = 'subscription_payment' "
                + "and reference_external_id = 'I-BOB0000000A'"));
        Map<String, Object> refund = crosswalk.rows("select * from transactions where external_id = "
                + "'2CC02A4F70310004L'").get(0);
        assertEquals("refund", refund.get("type"));
        assertEquals(new BigDecimal("-100.00"), refund.get("amount"));
        assertEquals("0XG02A4F70310002N", refund.get("reference_external_id"));
        assertEquals(payment.get("contact_id"), refund.get("contact_id"));
        Map<String, Object> ann = crosswalk.rows("select * from contacts where id = " + payment.get("contact_id"))
                .get(0);
        assertEquals("paypal", ann.get("source_system"));
        assertEquals("Ann", ann.get("first_name"));
        assertEquals("Lee", ann.get("last_name"));
        assertEquals(List.of(Map.of("email", "ann.paypal@example.org", "kind", "paypal")),
                crosswalk.rows("select email, kind from contact_emails where contact_id = " + ann.get("id")));
        assertEquals(0, crosswalk.count("select count(*) from contact_emails where email = '" + ME + "'"));
        assertEquals(3, crosswalk.count("select count(*) from transactions"));
    }

    @Test
    void anEnglishDownloadWithEventCodesStoresCustomerMoneyByItsCodeAndSkipsTheRestWithTheirCodes()
            throws Exception {
        List<String> header = new ArrayList<>(MoneyExports.PAYPAL_CUSTOM);
        header.add("Transaction Event Code");
        Path file = new Rows(header)
                .row("Date", "2/3/2025", "Time", "10:15:00", "TimeZone", "PST", "Name", "Ada Example",
                        "Type", "Express Checkout Payment", "Status", "Completed", "Currency", "USD", "Gross", "30.00",
                        "Fee", "-1.17", "Net", "28.83", "From Email Address", "Ada@Example.com", "To Email Address",
                        ME, "Transaction ID", "1EV00000000000001", "Transaction Event Code", "T0006")
                .row("Date", "2/3/2025", "Time", "11:00:00", "TimeZone", "PST", "Name", "Ben Example",
                        "Type", "Website Payment", "Status", "Completed", "Currency", "USD", "Gross", "12.50",
                        "From Email Address", "ben@example.com", "To Email Address", ME, "Transaction ID",
                        "1EV00000000000002", "Transaction Event Code", "T0007")
                .row("Date", "2/4/2025", "Time", "09:00:00", "TimeZone", "PST", "Name", "Cleo Example",
                        "Type", "Mobile Payment", "Status", "Completed", "Currency", "EUR", "Gross", "8.00",
                        "From Email Address", "cleo@example.com", "To Email Address", ME, "Transaction ID",
                        "1EV00000000000003", "Transaction Event Code", "T0011")
                .row("Date", "2/5/2025", "Time", "09:00:00", "TimeZone", "PST", "Name", "Ada Example",
                        "Type", "Payment Refund", "Status", "Completed", "Currency", "USD", "Gross", "-30.00",
                        "Fee", "1.17", "From Email Address", ME, "To Email Address", "ada@example.com",
                        "Transaction ID", "1EV00000000000004", "Reference Txn ID", "1EV00000000000001",
                        "Transaction Event Code", "T1107")
                .row("Date", "2/5/2025", "Time", "10:00:00", "TimeZone", "PST", "Name", "Printer Example",
                        "Type", "Payment to Printer Example", "Status", "Completed", "Currency", "USD",
                        "Gross", "-45.00", "From Email Address", ME, "Transaction ID", "1EV00000000000005",
                        "Transaction Event Code", "T0006")
                .row("Date", "2/5/2025", "Time", "10:05:00", "TimeZone", "PST", "Name", "Venue Example",
                        "Type", "Payment to Venue Example", "Status", "Completed", "Currency", "USD",
                        "Gross", "-120.00", "From Email Address", ME, "Transaction ID", "1EV00000000000006",
                        "Reference Txn ID", "1EV00000000000007", "Transaction Event Code", "T0006")
                .row("Date", "2/5/2025", "Time", "10:05:00", "TimeZone", "PST", "Type", "General Card Deposit",
                        "Status", "Completed", "Currency", "USD", "Gross", "120.00", "To Email Address", ME,
                        "Transaction ID", "1EV00000000000007", "Transaction Event Code", "T0700")
                .row("Date", "2/6/2025", "Time", "08:00:00", "TimeZone", "PST", "Type", "General Withdrawal",
                        "Status", "Completed", "Currency", "USD", "Gross", "-50.00", "Transaction ID",
                        "1EV00000000000008", "Transaction Event Code", "T0400")
                .write(home.resolve("events.csv"));

        BatchReport report = crosswalk.importFile(file, "paypal");

        assertEquals("applied", report.status(), report.message());
        assertEquals(List.of(
                "1EV00000000000001 | payment | 30.00 | USD | ada@example.com",
                "1EV00000000000002 | payment | 12.50 | USD | ben@example.com",
                "1EV00000000000003 | payment | 8.00 | EUR | cleo@example.com",
                "1EV00000000000004 | refund | -30.00 | USD | ada@example.com"),
                crosswalk.rows("select t.external_id || ' | ' || t.type || ' | ' || t.amount || ' | ' || t.currency"
                        + " || ' | ' || e.email as line from transactions t join contact_emails e"
                        + " on e.contact_id = t.contact_id order by t.external_id").stream()
                        .map(row -> (String) row.get("line")).toList());
        assertEquals(0, report.rowCount("rejected"), "no row is rejected for want of a To address");
        assertEquals(Map.of(
                "not customer money: a payment the organisation sent (a purchase, a donation it made, Send Money);"
                        + " its recipient is not a customer (event code T0006)", 2L,
                "not customer money: funding of the account (a card or credit deposit) (event code T0700)", 1L,
                "not customer money: bank deposit or withdrawal (event code T0400)", 1L), report.skippedReasons());
    }

    @Test
    void readsAUserChosenSubsetTabDelimitedWithABom() throws Exception {
        Path file = activity(MoneyExports.PAYPAL_CUSTOM).csv().delimiter('\t').charset(StandardCharsets.UTF_8, true)
                .write(home.resolve("Download.txt"));

        BatchReport report = crosswalk.importFile(file, "paypal");

        assertEquals("custom", report.formatVersion());
        assertEquals(3, report.rowCount("new"));
        assertEquals(4, report.rowCount("skipped"));
        assertEquals(new BigDecimal("1560.00"), crosswalk.rows("select amount from transactions where external_id "
                + "= '0XG02A4F70310002N'").get(0).get("amount"));
    }

    @Test
    void readsOtherVerifiedColumnChoicesIncludingExtraAndRepeatedColumns() throws Exception {
        List<String> oca = List.of("Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee",
                "Net", "From Email Address", "To Email Address", "Transaction ID", "Address Status", "Sales Tax",
                "Reference Txn ID", "Invoice Number", "Receipt ID", "Balance", "Contact Phone Number", "Subject",
                "Note");
        BatchReport chosen = crosswalk.importFile(activity(oca).write(home.resolve("oca.csv")), "paypal");
        assertEquals("custom", chosen.formatVersion());
        assertEquals(3, chosen.rowCount("new"));

        List<String> extended = new ArrayList<>(MoneyExports.PAYPAL_DEFAULT);
        extended.add(extended.indexOf("Country Code"), "Payment Tracking ID");
        extended.addAll(List.of("Invoice Number", "Payflow Transaction ID (PNREF)"));
        BatchReport extra = crosswalk.importFile(activity(extended).row("Date", "2/1/2018", "Time", "10:00:00",
                "TimeZone", "PST", "Name", "Dee Nova", "Type", "Express Checkout Payment", "Status", "Completed",
                "Currency", "USD", "Gross", "20.00", "From Email Address", "dee@example.org", "To Email Address", ME,
                "Transaction ID", "9DD02A4F70310012D", "Invoice Number", "INV-9").write(home.resolve("ext.csv")),
                "paypal");
        assertEquals("default-41", extra.formatVersion());
        assertEquals(1, extra.rowCount("new"));
        // the first choice of columns had no Item Title: the payment gains it, audited, the rest is unchanged
        assertEquals(1, extra.rowCount("updated"));
        assertEquals(2, extra.rowCount("unchanged"));
        assertEquals(List.of(Map.of("field", "offer_title", "new_value", "Retreat, deposit ($500 off)")),
                crosswalk.rows("select field, new_value from import_audit_log where batch_id = " + extra.batch()
                        + " and action = 'update' and table_name <> 'contact_provenance'"));
        assertEquals("INV-9", crosswalk.rows("select order_number from transactions where external_id = "
                + "'9DD02A4F70310012D'").get(0).get("order_number"));
    }

    @Test
    void readsThePre2018LayoutInWindows1252() throws Exception {
        String text = "Date, Time, Time Zone, Name, Type, Status, Currency, Gross, Fee, Net, From Email Address, "
                + "To Email Address, Transaction ID, Counterparty Status, Shipping Address, Address Status, "
                + "Item Title, Item ID, Shipping and Handling Amount, Insurance Amount, Sales Tax, Option 1 Name, "
                + "Option 1 Value, Option 2 Name, Option 2 Value, Auction Site, Buyer ID, Item URL, Closing Date, "
                + "Escrow Id, Invoice Id, Reference Txn ID, Invoice Number, Custom Number, Receipt ID, Balance, "
                + "Contact Phone Number, \r\n"
                + "6/21/2017,13:05:00,PDT,José Núñez,Web Accept Payment Received,Completed,USD,84,-2.74,81.26,"
                + "jose@example.org," + ME + ",8JJ02A4F70310010F,Verified,,Confirmed,Café evening,,,,,,,,,,,,,,,,"
                + "INV-7,,,2602.5,555-0101,\r\n";
        Path file = home.resolve("pre2018.csv");
        Files.write(file, text.getBytes(Charset.forName("windows-1252")));

        BatchReport report = crosswalk.importFile(file, "paypal");

        assertEquals("pre-2018", report.formatVersion());
        assertEquals(1, report.rowCount("new"));
        Map<String, Object> jose = crosswalk.rows("select * from contacts").get(0);
        assertEquals("José", jose.get("first_name"));
        assertEquals("Núñez", jose.get("last_name"));
        assertEquals("555-0101", jose.get("phone"));
        assertEquals(1, crosswalk.count("select count(*) from transactions where amount = 84 and fee = -2.74 "
                + "and offer_title = 'Café evening' and order_number = 'INV-7' "
                + "and occurred_at = '2017-06-21 20:05:00+00'"));
    }

    @Test
    void theSameActivityInAnotherFileChangesNothing() throws Exception {
        crosswalk.importFile(activity(MoneyExports.PAYPAL_DEFAULT).write(home.resolve("first.csv")), "paypal");
        Map<String, List<Map<String, Object>>> before = crosswalk.snapshotBesidesEvidenceTimes();

        BatchReport again = crosswalk.importFile(activity(MoneyExports.PAYPAL_DEFAULT).shuffled()
                .write(home.resolve("second.csv")), "paypal");

        assertEquals(3, again.rowCount("unchanged"));
        Map<String, List<Map<String, Object>>> after = crosswalk.snapshotBesidesEvidenceTimes();
        assertEquals(before, after);
    }

    @Test
    void aTransactionListedTwiceInOneFileIsStoredOnceAsItsLastLineStatesIt() throws Exception {
        Path file = new PayPalPayments()
                .payment("8JJ02A4F70310010F", "3/1/2020", "Dee Park", "dee@example.org", "Pending", "10.00", "-0.59")
                .payment("9KK02A4F70310011E", "3/1/2020", "Eve Hart", "eve@example.org", "Completed", "20.00", "-0.88")
                .payment("8JJ02A4F70310010F", "3/1/2020", "Dee Park", "dee@example.org", "Completed", "12.00", "-0.65")
                .write(home.resolve("twice.csv"));

        BatchReport report = crosswalk.importFile(file, "paypal");

        // the first line created its payer
        assertEquals(3, report.rowCount("new"));
        assertEquals(List.of(Map.of("external_id", "8JJ02A4F70310010F", "status", "completed",
                        "amount", new BigDecimal("12.00"), "fee", new BigDecimal("-0.65"),
                        "net", new BigDecimal("11.35"), "created_batch_id", report.batch()),
                Map.of("external_id", "9KK02A4F70310011E", "status", "completed", "amount", new BigDecimal("20.00"),
                        "fee", new BigDecimal("-0.88"), "net", new BigDecimal("19.12"),
                        "created_batch_id", report.batch())),
                crosswalk.rows("select external_id, status, amount, fee, net, created_batch_id from transactions "
                        + "order by external_id"));
    }

    @Test
    void aLaterFileUpdatesTheStoredPaymentItChangesAndAddsItsNewOneNamingItsOwnBatch() throws Exception {
        BatchReport first = crosswalk.importFile(new PayPalPayments()
                .payment("0XG02A4F70310002N", "1/1/2018", "Ann Lee", "ann@example.org", "Completed", "60.00", "-2.04")
                .write(home.resolve("first.csv")), "paypal");

        BatchReport second = crosswalk.importFile(new PayPalPayments()
                .payment("0XG02A4F70310002N", "1/1/2018", "Ann Lee", "ann@example.org", "Reversed", "60.00", "-2.04")
                .payment("7HH02A4F70310012D", "2/1/2018", "Ann Lee", "ann@example.org", "Completed", "40.00", "-1.46")
                .write(home.resolve("later.csv")), "paypal");

        assertEquals(1, second.rowCount("updated"));
        assertEquals(1, second.rowCount("new"));
        assertEquals(List.of(Map.of("external_id", "0XG02A4F70310002N", "status", "reversed",
                        "amount", new BigDecimal("60.00"), "created_batch_id", first.batch()),
                Map.of("external_id", "7HH02A4F70310012D", "status", "completed", "amount", new BigDecimal("40.00"),
                        "created_batch_id", second.batch())),
                crosswalk.rows("select external_id, status, amount, created_batch_id from transactions "
                        + "order by external_id"));
        assertEquals(List.of(Map.of("field", "status", "old_value", "completed", "new_value", "reversed")),
                crosswalk.rows("select field, old_value, new_value from import_audit_log where batch_id = "
                        + second.batch() + " and table_name = 'transactions'"));
        // the new payment is Ann's, as the stored one is
        assertEquals(1, crosswalk.count("select count(distinct contact_id) from transactions"));
    }

    @Test
    void theEnglishStatementStyleDownloadIsReadItHasTheCounterpartysEmailAndName() throws Exception {
        Path file = new CsvFixture(List.of("Date", "Time", "Time Zone", "Description", "Currency", "Gross", "Fee ",
                "Net", "Balance", "Transaction ID", "From Email Address", "Name", "Bank Name", "Bank Account",
                "Shipping and Handling Amount", "Sales Tax", "Invoice ID", "Reference Txn ID"))
                .row(List.of("29/12/2015", "10:00:00", "CET", "Express Checkout Payment", "EUR", "10.00", "-0.50",
                        "9.50", "10.00", "9AA", "x@example.com", "Xena Example", "", "", "", "", "", ""))
                .write(home.resolve("statement.csv"));

        BatchReport report = crosswalk.importFile(file, "paypal");

        assertEquals("applied", report.status(), report.message());
        assertEquals("paypal-statement", report.format());
        assertEquals("statement-en", report.formatVersion());
        assertEquals(List.of(Map.of("email", "x@example.com", "first_name", "Xena", "last_name", "Example",
                "amount", new BigDecimal("10.00"), "currency", "EUR", "type", "payment")),
                crosswalk.rows("select e.email, c.first_name, c.last_name, t.amount, t.currency, t.type"
                        + " from transactions t join contacts c on c.id = t.contact_id"
                        + " join contact_emails e on e.contact_id = c.id"));
        assertEquals(1, crosswalk.count("select count(*) from transactions where occurred_at = "
                + "'2015-12-29 09:00:00+00'"), "day-first, proven by 29/12/2015");
    }

    @Test
    void aGermanActivityDownloadIsReadWithItsDecimalCommasAndDayFirstDates() throws Exception {
        Path file = new CsvFixture(List.of("Datum", "Uhrzeit", "Zeitzone", "Name", "Typ", "Status", "Währung",
                "Brutto", "Gebühr", "Netto", "Absender E-Mail-Adresse", "Empfänger E-Mail-Adresse",
                "Transaktionscode")).row(List.of("02.01.2019", "10:00:00", "MEZ", "Xaver Example", "Handyzahlung",
                        "Abgeschlossen", "EUR", "3.100,55", "-0,50", "3.100,05", "x@example.com", ME, "9BB"))
                .write(home.resolve("de.csv"));

        BatchReport report = crosswalk.importFile(file, "paypal");

        assertEquals("applied", report.status(), report.message());
        assertEquals("activity-de", report.formatVersion());
        assertEquals(List.of(Map.of("amount", new BigDecimal("3100.55"), "fee", new BigDecimal("-0.50"),
                "type", "payment", "status", "abgeschlossen")),
                crosswalk.rows("select amount, fee, type, status from transactions"));
        assertEquals(1, crosswalk.count("select count(*) from transactions where occurred_at = "
                + "'2019-01-02 09:00:00+00'"), "2 January, the German order, as no date proves one");
    }

    @Test
    void aFileWhoseDatesProveBothOrdersIsRefusedNamingALineOfEach() throws Exception {
        Path file = new Rows(MoneyExports.PAYPAL_CUSTOM)
                .row("Date", "3/1/2016", "Type", "Website Payment", "Status", "Completed", "Currency", "USD",
                        "Gross", "5.00", "From Email Address", "a@example.com", "To Email Address", ME,
                        "Transaction ID", "1X")
                .row("Date", "29/12/2015", "Type", "Website Payment", "Status", "Completed", "Currency", "USD",
                        "Gross", "6.00", "From Email Address", "b@example.com", "To Email Address", ME,
                        "Transaction ID", "2X")
                .row("Date", "12/30/2015", "Type", "Website Payment", "Status", "Completed", "Currency", "USD",
                        "Gross", "7.00", "From Email Address", "c@example.com", "To Email Address", ME,
                        "Transaction ID", "3X")
                .write(home.resolve("mixed-dates.csv"));

        BatchReport report = crosswalk.importFile(file, "paypal");

        assertEquals("rejected", report.status());
        assertTrue(report.message().contains("line 3 has 29/12/2015, which can only be day-first, and line 4 has"
                + " 12/30/2015, which can only be month-first"), report.message());
        assertEquals(0, crosswalk.count("select count(*) from transactions"));
    }

    @Test
    void theReportSaysHowTheLayoutLanguageDelimiterEncodingAndDateOrderWereRecognised() throws Exception {
        BatchReport proven = crosswalk.importFile(new Rows(MoneyExports.PAYPAL_CUSTOM)
                .row("Date", "29/12/2015", "Time", "10:00:00", "TimeZone", "PST", "Type", "Website Payment",
                        "Status", "Completed", "Currency", "USD", "Gross", "5.00", "From Email Address",
                        "a@example.com", "To Email Address", ME, "Transaction ID", "1Y")
                .write(home.resolve("proven.csv")), "paypal");
        BatchReport assumed = crosswalk.importFile(activity(MoneyExports.PAYPAL_DEFAULT)
                .write(home.resolve("assumed.csv")), "paypal");

        assertEquals(Map.of(
                "layout", "paypal-activity (custom), from the column names of the header",
                "language", "English, from the column names of the header",
                "delimiter", "comma, the most frequent separator in the header line",
                "encoding", "UTF-8, as every byte sequence is valid UTF-8",
                "date_order", "day-first, proven by line 2 (29/12/2015)",
                "number_style", "decimal point",
                "number_style_evidence", "line 2: 5.00",
                "columns_read", "Date, Time, TimeZone, Name, Type, Status → status, Currency → currency, Gross,"
                        + " Fee → fee, Net → net, From Email Address, To Email Address, Transaction ID,"
                        + " Item Title → offer-title, Reference Txn ID",
                "columns_not_imported", "Item ID, Receipt ID, Balance, Note (no field of this layout reads them,"
                        + " so their values are not stored; name a column for a field with"
                        + " crosswalk.source.paypal.column.<field>)",
                "columns_ignored", "none"), proven.recognition());
        assertEquals("month-first, assumed: no date in the file has a day over 12 to prove the order; the setting"
                + " crosswalk.paypal.day-first-dates is false", assumed.recognition().get("date_order"));
        String json = Files.readString(Path.of(assumed.files().get("report_json")));
        assertTrue(json.contains("\"recognition\""), json);
        assertTrue(json.contains("\"date_order\" : \"month-first, assumed"), json);
        String html = Files.readString(Path.of(proven.files().get("report_html")));
        assertTrue(html.contains("recognised date order"), html);
        assertTrue(html.contains("day-first, proven by line 2 (29/12/2015)"), html);
    }

    @Test
    void aPersonalAccountExportIsRefused() throws Exception {
        Path file = new CsvFixture(List.of("Date", "Time", "Time Zone", "Name", "Type", "Status", "Currency",
                "Amount", "Receipt ID", "Balance", "")).row(List.of("1/1/2017", "10:00:00", "PST", "X",
                        "Payment", "Completed", "USD", "10.00", "", "10.00", "")).write(home.resolve("personal.csv"));

        BatchReport report = crosswalk.importFile(file, "paypal");

        assertEquals("rejected", report.status());
        assertTrue(report.message().contains("personal-account"), report.message());
    }

    @Test
    void nonUsAccountsReadDatesDayFirst(@TempDir Path otherHome) throws Exception {
        try (TestCrosswalk dayFirst = TestCrosswalk.start(otherHome, false,
                Map.of("crosswalk.paypal.day-first-dates", "true"))) {
            Path file = new Rows(MoneyExports.PAYPAL_CUSTOM).row("Date", "29/12/2015", "Time", "10:00:00",
                    "TimeZone", "CET", "Type", "Express Checkout Payment", "Status", "Completed", "Currency", "EUR",
                    "Gross", "84", "From Email Address", "eu@example.org", "To Email Address", ME,
                    "Transaction ID", "9CC02A4F70310011E").write(otherHome.resolve("eu.csv"));

            dayFirst.importFile(file, "paypal");

            assertEquals(1, dayFirst.count("select count(*) from transactions where occurred_at = "
                    + "'2015-12-29 09:00:00+00'"));
        }
    }
}
