package dev.crosswalk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.8: every layout and language in {@code src/test/resources/corpus} — a real export's header line with
 * invented rows — imports with the right stored values: dates, amounts, currency, names, emails, consent.
 */
class RealLayoutsCorpusTest extends CorpusTestBase {

    /** Transactions as "external id | type | amount | fee | currency | UTC time | email | first | last". */
    private static final String MONEY = "select t.external_id || ' | ' || t.type || ' | ' || t.amount || ' | '"
            + " || coalesce(t.fee::text, '-') || ' | ' || t.currency || ' | '"
            + " || to_char(t.occurred_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') || ' | ' || e.email"
            + " || ' | ' || coalesce(c.first_name, '-') || ' | ' || coalesce(c.last_name, '-') as line"
            + " from transactions t join contacts c on c.id = t.contact_id"
            + " join contact_emails e on e.contact_id = c.id order by t.external_id";

    private List<String> money() throws Exception {
        return lines(MONEY);
    }

    private Map<String, Long> skipped(BatchReport report) {
        return report.skippedReasons();
    }

    @Test
    void anEnglishActivityDownloadWithDayFirstDatesIsReadDayFirstForEveryRow() throws Exception {
        BatchReport report = importCorpus("paypal-activity-en-day-first.csv", "paypal");

        assertEquals("custom", report.formatVersion());
        // 09/06/2016 is 9 June, never 6 September: 29/12/2015 proves the file day-first before any row is stored
        assertEquals(List.of(
                "1DF00000000000001 | payment | 25.00 | -1.03 | USD | 2016-06-09T17:00:00 | ada@example.com | Ada | Example",
                "1DF00000000000002 | payment | 1250.00 | -36.55 | USD | 2016-07-01T15:30:00 | giving@example.com | - | Wikimedia Foundation, Inc.",
                "1DF00000000000003 | payment | 84.00 | -4.25 | USD | 2015-12-30T07:59:59 | ben@example.com | Ben | Example"),
                money());
        assertEquals(1, report.rowCount("rejected"), "PDT on 9 January contradicts its date");
        List<String> rejected = Files.readAllLines(Path.of(report.files().get("rejected")));
        assertTrue(rejected.get(1).startsWith("5,rejected,"), rejected.toString());
        assertTrue(rejected.get(1).contains("\"\"PDT\"\" (UTC-07:00) is not in effect on 2016-01-09"), rejected.get(1));
    }

    @Test
    void rowsOneEmptyCellShortOfTheHeaderAreCompleteAndMoneyTheOrganisationSentIsSkipped() throws Exception {
        BatchReport report = importCorpus("paypal-activity-en-31-short-rows.csv", "paypal");

        assertEquals(List.of(
                "2SR00000000000001 | payment | 100.00 | -2.90 | USD | 2025-09-15T09:32:15 | cleo@example.com | Cleo | Example",
                "2SR00000000000003 | payment | 40.00 | -1.46 | USD | 2025-09-23T16:00:00 | dan@example.com | Dan | Example"),
                money());
        assertEquals(0, report.rowCount("rejected"));
        assertEquals(Map.of(
                "not customer money: a payment the organisation sent (a purchase, a donation it made, Send Money);"
                        + " its recipient is not a customer", 1L), skipped(report));
    }

    @Test
    void theOlderEnglishLayoutWithTwoDigitYearsKeepsSubscriptionsAndRefunds() throws Exception {
        BatchReport report = importCorpus("paypal-activity-en-2011.csv", "paypal");

        assertEquals("custom", report.formatVersion(), "no Counterparty Status: a subset of columns");
        assertEquals(List.of(
                "3OL00000000000001 | subscription_payment | 15.00 | -0.74 | USD | 2011-09-01T21:05:00 | eve@example.com | Eve | Example",
                "3OL00000000000002 | refund | -15.00 | 0.44 | USD | 2011-12-24T17:00:00 | eve@example.com | Eve | Example"),
                money());
        assertEquals(Map.of("not customer money: memo (authorisation, no money moved)", 1L), skipped(report));
    }

    @Test
    void theEnglishStatementStyleDownloadIsRead() throws Exception {
        BatchReport report = importCorpus("paypal-statement-en.csv", "paypal");

        assertEquals("paypal-statement", report.format());
        assertEquals(List.of(
                "4ST00000000000001 | payment | 60.00 | -2.04 | USD | 2024-03-14T17:15:00 | fay@example.com | Fay | Example"),
                money());
        assertEquals(Map.of("not customer money: bank leg, withdrawal or transfer", 1L), skipped(report));
    }

    @Test
    void aGermanActivityDownloadIsReadByStructureWithDecimalCommas() throws Exception {
        BatchReport report = importCorpus("paypal-activity-de.csv", "paypal");

        assertEquals("activity-de", report.formatVersion());
        assertEquals(List.of(
                "5DE00000000000001 | payment | 1234.56 | -1.50 | EUR | 2025-09-15T12:32:15 | greta@example.com | Greta | Beispiel",
                "5DE00000000000005 | refund | -34.56 | 0.50 | EUR | 2025-09-26T08:00:00 | greta@example.com | Greta | Beispiel"),
                money());
        assertEquals(Map.of(
                "not customer money: a payment the organisation sent (a purchase, a donation it made, Send Money);"
                        + " its recipient is not a customer", 1L,
                "not customer money: type Allgemeine Währungsumrechnung has no counterparty email (a conversion,"
                        + " bank leg, hold or withdrawal)", 1L), skipped(report));
    }

    @Test
    void aGermanStatementStyleDownloadWithZoneNamesAndABomIsRead() throws Exception {
        BatchReport report = importCorpus("paypal-statement-de.csv", "paypal");

        assertEquals("statement-de", report.formatVersion());
        assertEquals(List.of(
                "6SD00000000000001 | payment | 49.00 | -1.74 | EUR | 2026-01-21T18:23:08 | hans@example.com | Hans | Beispiel"),
                money());
        assertEquals(1, report.rowCount("skipped"), "the bank leg has no counterparty");
    }

    @Test
    void aSpanishStatementStyleDownloadWithEmptyTrailingHeaderNamesIsRead() throws Exception {
        BatchReport report = importCorpus("paypal-statement-es.csv", "paypal");

        assertEquals("statement-es", report.formatVersion());
        assertEquals(List.of(
                "7ES00000000000001 | payment | 1049.37 | -1.78 | EUR | 2020-01-02T10:05:56 | ines@example.com | Inés | Ejemplo",
                "7ES00000000000002 | payment | 28.82 | -1.19 | EUR | 2020-01-13T12:06:07 | juan@example.com | - | Asociación Cultural Ejemplo"),
                money());
    }

    @Test
    void aFrenchActivityDownloadOfSixtyEightColumnsIsRead() throws Exception {
        BatchReport report = importCorpus("paypal-activity-fr.csv", "paypal");

        assertEquals("activity-fr", report.formatVersion());
        assertEquals(List.of(
                "8FR00000000000001 | payment | 12.20 | -0.66 | EUR | 2014-01-31T17:32:10 | julie@example.com | Julie | Exemple",
                "8FR00000000000002 | payment | 2500.00 | -72.80 | EUR | 2014-02-02T08:00:00 | dons@example.com | Fondation | Exemple"),
                money());
        assertEquals(List.of(Map.of("city", "Lyon", "postal_code", "69001", "country", "France")),
                crosswalk.rows("select city, postal_code, country from contacts where city is not null"));
    }

    @Test
    void aJapaneseActivityDownloadWithYearFirstDatesIsRead() throws Exception {
        BatchReport report = importCorpus("paypal-activity-ja.csv", "paypal");

        assertEquals("activity-ja", report.formatVersion());
        assertEquals(List.of(
                "9JA00000000000001 | payment | 5000.00 | -215.00 | JPY | 2018-10-01T00:15:00 | ken@example.com | Ken | Example"),
                money());
        assertEquals(1, report.rowCount("skipped"), "the withdrawal has no counterparty");
    }

    @Test
    void anItalianActivityDownloadIsReadWithDecimalCommasAndDayFirstDates() throws Exception {
        BatchReport report = importCorpus("paypal-activity-it.csv", "paypal");

        assertEquals("activity-it", report.formatVersion());
        assertEquals("Italian, from the column names of the header", report.recognition().get("language"));
        assertEquals(List.of(
                "1IT00000000000001 | payment | 10.00 | -0.64 | EUR | 2022-10-27T09:53:23 | lucia@example.com | Lucia | Esempio",
                "1IT00000000000002 | payment | 1234.56 | -42.27 | EUR | 2019-03-23T21:55:23 | marco.esempio@example.com | Marco | Esempio",
                "1IT00000000000006 | refund | -10.00 | 0.64 | EUR | 2022-10-28T07:00:00 | lucia@example.com | Lucia | Esempio"),
                money());
        assertEquals(List.of(
                "1IT00000000000002 | Iscrizione annuale | ORD-2019-031 | -",
                "1IT00000000000006 | - | - | 1IT00000000000001"),
                lines("select t.external_id || ' | ' || coalesce(t.offer_title, '-') || ' | '"
                        + " || coalesce(t.order_number, '-') || ' | ' || coalesce(t.reference_external_id, '-') as line"
                        + " from transactions t where t.external_id in ('1IT00000000000002', '1IT00000000000006')"
                        + " order by t.external_id"));
        assertEquals(List.of(Map.of("address_line1", "Via Esempio 1", "city", "Bologna", "region", "BO",
                "postal_code", "40121", "country", "Italia")),
                crosswalk.rows("select address_line1, city, region, postal_code, country from contacts"
                        + " where city is not null"));
        assertEquals(Map.of(
                "not customer money: a payment the organisation sent (a purchase, a donation it made, Send Money);"
                        + " its recipient is not a customer", 2L,
                "not customer money: type Versamento generico con carta has no counterparty email (a conversion,"
                        + " bank leg, hold or withdrawal)", 1L), skipped(report),
                "the card funding has no counterparty; the utility payment under a billing agreement B-… and the"
                        + " monthly donation under a profile I-… are payments the organisation made");
        assertEquals(0, report.rowCount("rejected"));
    }

    @Test
    void aSpanishActivityDownloadIsReadWithDecimalCommasAndItsAddresses() throws Exception {
        BatchReport report = importCorpus("paypal-activity-es.csv", "paypal");

        assertEquals("activity-es", report.formatVersion());
        assertEquals(List.of(
                "7EA00000000000001 | payment | 698.00 | -37.99 | USD | 2024-07-15T17:05:00 | productora@example.com | Productora | Ejemplo",
                "7EA00000000000002 | payment | 1336.92 | -52.44 | USD | 2024-07-16T15:30:00 | lucia@example.com | Lucía | Ejemplo"),
                money());
        assertEquals(List.of(Map.of("address_line1", "Calle Ejemplo 108-A", "city", "Los Teques", "region",
                "ESTADO MIRANDA", "postal_code", "1201", "country", "Venezuela", "phone", "4240000001")),
                crosswalk.rows("select address_line1, city, region, postal_code, country, phone from contacts"
                        + " where city is not null"));
        assertEquals(Map.of(
                "not customer money: a payment the organisation sent (a purchase, a donation it made, Send Money);"
                        + " its recipient is not a customer", 1L,
                "not customer money: type Pago estándar has no counterparty email (a conversion, bank leg, hold or"
                        + " withdrawal)", 1L), skipped(report),
                "the subscription paid under a billing agreement B-… is the organisation's; the payment out has no"
                        + " recipient");
        assertEquals(0, report.rowCount("rejected"));
    }

    @Test
    void aDutchStatementStyleDownloadWithItsUntranslatedReferenceColumnIsRead() throws Exception {
        BatchReport report = importCorpus("paypal-statement-nl.csv", "paypal");

        assertEquals("statement-nl", report.formatVersion());
        assertEquals(List.of(
                "3NL00000000000001 | payment | 25.00 | -1.10 | EUR | 2024-03-15T13:20:00 | sanne@example.com | Sanne | Voorbeeld",
                "3NL00000000000003 | refund | -10.00 | 0.44 | EUR | 2024-03-20T08:00:00 | sanne@example.com | Sanne | Voorbeeld"),
                money());
        assertEquals(List.of("3NL00000000000001 | INV-2024-7 | -", "3NL00000000000003 | - | 3NL00000000000001"),
                lines("select t.external_id || ' | ' || coalesce(t.order_number, '-') || ' | '"
                        + " || coalesce(t.reference_external_id, '-') as line from transactions t"
                        + " order by t.external_id"));
        assertEquals(Map.of("not customer money: type Algemene opname has no counterparty email (a conversion, bank"
                + " leg, hold or withdrawal)", 1L), skipped(report));
    }

    @Test
    void anItalianStatementStyleDownloadWithPaddedHeaderNamesIsRead() throws Exception {
        BatchReport report = importCorpus("paypal-statement-it.csv", "paypal");

        assertEquals("statement-it", report.formatVersion());
        assertEquals(List.of(
                "2IS00000000000001 | payment | 49.00 | -1.74 | EUR | 2026-01-21T17:23:08 | giulia@example.com | Giulia | Esempio"),
                money());
        assertEquals(Map.of("not customer money: type Bonifico bancario sul conto PayPal has no counterparty email"
                + " (a conversion, bank leg, hold or withdrawal)", 1L), skipped(report));
    }

    @Test
    void aFrenchDownloadWithEventCodesSkipsCardFundingAndPaymentsTheAccountSentAndKeepsItsCustomersMoney()
            throws Exception {
        BatchReport report = importCorpus("paypal-activity-fr-event-codes.csv", "paypal");

        assertEquals("activity-fr", report.formatVersion());
        assertEquals(List.of(
                "8EC00000000000001 | payment | 30.00 | -1.22 | EUR | 2025-02-03T09:15:00 | julie@example.com | Julie | Exemple",
                "8EC00000000000005 | refund | -30.00 | 1.22 | EUR | 2025-02-06T10:00:00 | julie@example.com | Julie | Exemple",
                "8EC00000000000006 | subscription_payment | 15.00 | -0.64 | EUR | 2025-02-07T07:05:00 | marc@example.com | Marc | Exemple"),
                money());
        assertEquals(List.of("8EC00000000000005 | 8EC00000000000001", "8EC00000000000006 | I-0EXAMPLE0FR"),
                lines("select t.external_id || ' | ' || t.reference_external_id as line from transactions t"
                        + " where t.reference_external_id is not null order by t.external_id"));
        String sent = "not customer money: a payment the organisation sent (a purchase, a donation it made, Send"
                + " Money); its recipient is not a customer";
        assertEquals(Map.of(
                "not customer money: funding of the account (a card or credit deposit) (event code T0777)", 1L,
                sent + " (event code T0006)", 1L,
                sent + " (event code T0007)", 1L), skipped(report));
        assertEquals(0, report.rowCount("rejected"), "no row is rejected for want of a counterparty email");
        // skipped rows are listed in a file named for what they are; no row was rejected, so no rejected file
        assertEquals(null, report.files().get("rejected"));
        List<String> listed = Files.readAllLines(Path.of(report.files().get("skipped")));
        assertEquals(4, listed.size(), listed.toString());
        assertTrue(listed.get(1).startsWith("3,skipped,") && listed.get(1).contains("(event code T0777)"),
                listed.get(1));
        assertTrue(listed.get(2).startsWith("4,skipped,") && listed.get(2).contains("(event code T0006)"),
                listed.get(2));
        assertTrue(listed.get(3).startsWith("5,skipped,") && listed.get(3).contains("(event code T0007)"),
                listed.get(3));
    }

    @Test
    void aMailchimpExportWithTheEmailColumnFourthIsReadByName() throws Exception {
        BatchReport report = importCorpus("mailchimp-subscribed-email-not-first.csv", "mailchimp");

        assertEquals(2, report.rowCount("new"));
        assertEquals(List.of(
                "john@example.com | John | Example | 555-0100 | true | 2019-04-02T10:05:00",
                "maria.example@example.com | Maria | Example | - | true | 2020-01-15T08:01:00"),
                lines("select e.email || ' | ' || c.first_name || ' | ' || c.last_name || ' | '"
                        + " || coalesce(c.phone, '-') || ' | ' || ce.subscribed || ' | '"
                        + " || to_char(ce.observed_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') as line"
                        + " from contacts c join contact_emails e on e.contact_id = c.id"
                        + " join consent_events ce on ce.contact_id = c.id order by e.email"));
    }

    @Test
    void kajabiPeopleGetTheirLastNameFromNameAndOrganisationsStayWhole() throws Exception {
        importCorpus("kajabi-people-name-without-last-name.csv", "kajabi");

        assertEquals(List.of(
                "office@example.com | - | Riverside Community Church",
                "pat@example.com | Pat | Example",
                "quinn@example.com | Quinn | de la Example"),
                lines("select e.email || ' | ' || coalesce(c.first_name, '-') || ' | '"
                        + " || coalesce(c.last_name, '-') as line from contacts c"
                        + " join contact_emails e on e.contact_id = c.id order by e.email"));
    }
}
