package dev.crosswalk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.ImportTestBase;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.Rows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 22.1 and 22.4 through the real pipeline: amounts stored in the number style their file proves (else its
 * layout's default), a file proving both refused, and an unreadable optional value a warning, not a lost row.
 */
class NumberStyleAndWarningsImportTest extends ImportTestBase {

    private static final String ME = "shop@example.com";
    private static final List<String> PAYPAL_GERMAN = List.of("Datum", "Uhrzeit", "Zeitzone", "Name", "Typ",
            "Status", "Währung", "Brutto", "Gebühr", "Netto", "Absender E-Mail-Adresse", "Empfänger E-Mail-Adresse",
            "Transaktionscode", "Guthaben", "Auswirkung auf Guthaben");

    private Rows english(String id, String gross, String fee) {
        return new Rows(MoneyExports.PAYPAL_CUSTOM)
                .row("Date", "1/2/2018", "Time", "10:00:00", "TimeZone", "PST", "Name", "Ann Lee",
                        "Type", "Website Payment", "Status", "Completed", "Currency", "EUR", "Gross", gross,
                        "Fee", fee, "From Email Address", "ann@example.org", "To Email Address", ME,
                        "Transaction ID", id);
    }

    private List<Map<String, Object>> money() throws Exception {
        return crosswalk.rows("select external_id, amount::text as amount, coalesce(fee::text, '-') as fee"
                + " from transactions order by external_id");
    }

    @Test
    void anEnglishFileWhoseOnlyAmountIsAmbiguousIsReadWithTheEnglishDecimalPoint() throws Exception {
        BatchReport report = crosswalk.importFile(english("1EN", "1,234", "").write(home.resolve("en.csv")),
                "paypal");

        assertEquals("applied", report.status(), report.message());
        assertEquals(List.of(Map.of("external_id", "1EN", "amount", "1234.00", "fee", "-")), money());
        assertEquals("decimal point", report.recognition().get("number_style"));
        assertEquals("not proven: no amount in the file is written in one style only; layout default (English)",
                report.recognition().get("number_style_evidence"));
    }

    @Test
    void anEnglishHeaderWithDecimalCommasIsReadWithThem() throws Exception {
        Path file = english("1EA", "26,00", "-1,57")
                .row("Date", "1/3/2018", "Time", "10:00:00", "TimeZone", "PST", "Type", "Website Payment",
                        "Status", "Completed", "Currency", "EUR", "Gross", "1.234,56", "Fee", "0",
                        "From Email Address", "bo@example.org", "To Email Address", ME, "Transaction ID", "1EB")
                .write(home.resolve("en-comma.csv"));

        BatchReport report = crosswalk.importFile(file, "paypal");

        assertEquals("applied", report.status(), report.message());
        assertEquals(List.of(Map.of("external_id", "1EA", "amount", "26.00", "fee", "-1.57"),
                Map.of("external_id", "1EB", "amount", "1234.56", "fee", "0.00")), money());
        assertEquals("line 2: 26,00", report.recognition().get("number_style_evidence"));
    }

    @Test
    void aGermanFileThatProvesNothingIsReadWithTheGermanDecimalComma() throws Exception {
        Path file = new Rows(PAYPAL_GERMAN)
                .row("Datum", "15.09.2025", "Uhrzeit", "14:32:15", "Zeitzone", "CEST", "Name", "Greta Beispiel",
                        "Typ", "Handyzahlung", "Status", "Abgeschlossen", "Währung", "EUR", "Brutto", "1.234",
                        "Gebühr", "0", "Netto", "1.234", "Absender E-Mail-Adresse", "greta@example.com",
                        "Empfänger E-Mail-Adresse", ME, "Transaktionscode", "5DE0000000000000A",
                        "Auswirkung auf Guthaben", "Haben")
                .write(home.resolve("de.csv"));

        BatchReport report = crosswalk.importFile(file, "paypal");

        assertEquals("applied", report.status(), report.message());
        assertEquals(List.of(Map.of("external_id", "5DE0000000000000A", "amount", "1234.00", "fee", "0.00")), money());
        assertEquals("decimal comma", report.recognition().get("number_style"));
        assertTrue(report.recognition().get("number_style_evidence").endsWith("layout default (German)"));
    }

    @Test
    void aFileProvingBothStylesIsRefusedNamingALineOfEachAndStoresNothing() throws Exception {
        Path file = english("1MA", "26,00", "")
                .row("Date", "1/3/2018", "Time", "10:00:00", "TimeZone", "PST", "Type", "Website Payment",
                        "Status", "Completed", "Currency", "USD", "Gross", "12.50", "From Email Address",
                        "bo@example.org", "To Email Address", ME, "Transaction ID", "1MB")
                .write(home.resolve("mixed.csv"));

        BatchReport report = crosswalk.importFile(file, "paypal");

        assertEquals("rejected", report.status());
        assertTrue(report.message().contains("line 2 has 26,00, which can only be read with a decimal comma, and"
                + " line 3 has 12.50, which can only be read with a decimal point"), report.message());
        assertEquals(0, crosswalk.count("select count(*) from transactions"));
    }

    @Test
    void anUnreadableOptionalDateIsAWarningAndTheRestOfTheRowIsStored() throws Exception {
        Path file = new Rows(MoneyExports.KAJABI_SUBSCRIPTIONS)
                .row("Kajabi Subscription ID", "501", "Customer Email", "ann@example.org", "Customer Name", "Ann Lee",
                        "Amount", "24.00", "Currency", "USD", "Interval", "Month", "Status", "Canceled",
                        "Created At", "Sep 28, 2022", "Canceled On", "the 31st of Febtember")
                .row("Kajabi Subscription ID", "502", "Customer Email", "bo@example.org", "Amount", "12.00",
                        "Currency", "USD", "Interval", "Month", "Status", "Active", "Created At", "not a date")
                .write(home.resolve("subscriptions.csv"));

        BatchReport report = crosswalk.importFile(file, "kajabi");

        assertEquals("applied", report.status(), report.message());
        assertEquals(2, report.rowCount("read"));
        assertEquals(1, report.rowCount("new"), "the warned row counts in its real outcome");
        assertEquals(1, report.rowCount("rejected"), "Created At is required: its row is still rejected");
        assertEquals(List.of(Map.of("external_id", "501", "status", "canceled", "amount", "24.00",
                "canceled_at", "-")),
                crosswalk.rows("select external_id, status, amount::text as amount,"
                        + " coalesce(canceled_at::text, '-') as canceled_at from subscriptions"));
        assertEquals(1, report.warningCount());
        assertEquals(Map.of("Canceled On: \"…\" is not a date (expected e.g. Nov 28, 2025); left out, the rest of"
                + " the row applied", 1L), report.warnings().get("by_reason"));
        List<String> listed = Files.readAllLines(Path.of(report.files().get("rejected")));
        assertTrue(listed.stream().anyMatch(line -> line.startsWith("2,warning,\"Canceled On: \"\"the 31st of"
                + " Febtember\"\" is not a date")), listed.toString());
        assertTrue(listed.stream().anyMatch(line -> line.startsWith("3,rejected,")), listed.toString());
        String json = Files.readString(Path.of(report.files().get("report_json")));
        assertTrue(json.contains("\"warnings\" : {"), json);
    }
}
