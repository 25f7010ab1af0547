package dev.crosswalk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.report.BatchReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: published exports whose amounts are written in the style of the account's region, not of the header's
 * language, and whose header names carry stray spaces — imported with the values they state.
 */
class RealExportsNumberStyleCorpusTest extends CorpusTestBase {

    /** Transactions as "external id | type | status | amount | fee | currency | UTC time | email". */
    private static final String MONEY = "select t.external_id || ' | ' || t.type || ' | ' || coalesce(t.status, '-')"
            + " || ' | ' || t.amount || ' | ' || coalesce(t.fee::text, '-') || ' | ' || coalesce(t.currency, '-')"
            + " || ' | ' || to_char(t.occurred_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') || ' | '"
            + " || e.email as line from transactions t join contact_emails e on e.contact_id = t.contact_id"
            + " order by t.external_id";

    @Test
    void anEnglishActivityDownloadOfAEuroAccountIsReadWithItsDecimalCommas() throws Exception {
        BatchReport report = importCorpus("paypal-activity-en-decimal-comma.csv", "paypal");

        assertEquals("custom", report.formatVersion());
        // 26,00 and -1,57 are 26.00 and -1.57, never 2600 or -157; 1.234,56 is 1234.56, never 1.23456
        assertEquals(List.of(
                "9DC00000000000001 | payment | completed | 26.00 | -1.57 | EUR | 2020-08-19T10:00:00 | kai@example.com",
                "9DC00000000000002 | payment | completed | 1234.56 | -35.80 | EUR | 2020-08-20T18:30:00"
                        + " | lea@example.com"),
                lines(MONEY));
        assertEquals(Map.of("not customer money: bank leg, withdrawal or transfer", 1L), report.skippedReasons());
        assertEquals("decimal comma", report.recognition().get("number_style"));
        assertEquals("line 2: 26,00", report.recognition().get("number_style_evidence"));
        assertEquals("English, from the column names of the header", report.recognition().get("language"));
    }

    @Test
    void aStatementDownloadWithSpacesAfterGrossAndFeeIsRead() throws Exception {
        BatchReport report = importCorpus("paypal-statement-en-gross-with-spaces.csv", "paypal");

        assertEquals("paypal-statement", report.format());
        assertEquals(List.of(
                "4SP00000000000001 | payment | - | 1089.00 | -31.88 | GBP | 2024-03-14T10:15:00 | noor@example.com"),
                lines(MONEY));
        assertEquals(1, report.rowCount("skipped"), "the bank withdrawal has no counterparty");
        assertEquals("decimal point", report.recognition().get("number_style"));
        assertEquals("line 2: 1,089.00", report.recognition().get("number_style_evidence"));
    }

    @Test
    void kajabiSubscriptionsInEurosKeepTheirAmountsCurrencyAndStatusesInAnyCase() throws Exception {
        BatchReport report = importCorpus("kajabi-subscriptions-euro-amounts.csv", "kajabi");

        assertEquals("kajabi-subscriptions", report.format());
        assertEquals(List.of(
                "3194986380 | active | 1089.00 | EUR | anke@example.com",
                "3194986381 | canceled | 24.00 | EUR | jo@example.com",
                "3194986382 | active | 24.00 | EUR | pia@example.com"),
                lines("select s.external_id || ' | ' || s.status || ' | ' || s.amount || ' | ' || s.currency"
                        + " || ' | ' || e.email as line from subscriptions s"
                        + " join contact_emails e on e.contact_id = s.contact_id order by s.external_id"));
        assertEquals("decimal comma", report.recognition().get("number_style"));
        assertEquals("line 2: €1.089,00", report.recognition().get("number_style_evidence"));
    }

    @Test
    void kajabiTransactionsInPoundsAndFrancsKeepTheirAmountsCurrencyAndStatusesInAnyCase() throws Exception {
        BatchReport report = importCorpus("kajabi-transactions-pound-amounts.csv", "kajabi");

        assertEquals("kajabi-transactions", report.format());
        assertEquals(List.of(
                "3260451234 | charge | succeeded | 1089.00 | - | GBP | 2025-11-08T04:11:00 | rhys@example.com",
                "3260451235 | subscription | succeeded | 24.00 | - | GBP | 2025-11-09T04:11:00 | rhys@example.com",
                "3260451236 | charge | succeeded | 1089.00 | - | CHF | 2025-11-10T03:11:00 | lou@example.com"),
                lines(MONEY));
        assertEquals("decimal point", report.recognition().get("number_style"));
    }
}
