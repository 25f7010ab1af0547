package dev.crosswalk.pipeline;

import static dev.crosswalk.pipeline.RealLayoutsCorpusSourcesTest.ADDRESSES;
import static dev.crosswalk.pipeline.RealLayoutsCorpusSourcesTest.CONSENT;
import static dev.crosswalk.pipeline.RealLayoutsCorpusSourcesTest.PEOPLE;
import static dev.crosswalk.pipeline.RealLayoutsCorpusSourcesTest.TAGS;
import static dev.crosswalk.pipeline.RealLayoutsCorpusSourcesTest.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.TestCrosswalk;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 22.4–22.6 and 22.8: a Mailchimp audience with one Name merge field and tags in each form Mailchimp
 * writes, a Zoho export whose address is in an organisation's own Street/City/… fields with Contact Id, a Ticket
 * Tailor orders export with day-first 24-hour times, and its issued-tickets export, refused by name.
 */
class RealLayoutsCorpusFieldsTest extends CorpusTestBase {

    private static final Instant EXPORTED_AT = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void aMailchimpNameMergeFieldIsSplitByTheRuleAndEveryTagFormKeepsTheRowAndItsOptIn() throws Exception {
        BatchReport report = importCorpus("mailchimp-subscribed-name-field.csv", "mailchimp", EXPORTED_AT);

        assertEquals("mailchimp-subscribed", report.format());
        assertEquals(0, report.rowCount("rejected"), report.message());
        assertEquals(List.of(
                "abigail@example.com | Abigail | Allen | UNLOCKED | true | false | abigail@example.com (primary)"
                        + " | mailchimp:f1a0000001",
                "allen@example.com | Allen, Abigail | - | UNLOCKED | true | false | allen@example.com (primary)"
                        + " | mailchimp:f1a0000002",
                "cher@example.com | Cher | - | UNLOCKED | true | false | cher@example.com (primary)"
                        + " | mailchimp:f1a0000004",
                "maria@example.com | Maria | de la Cruz | UNLOCKED | true | false | maria@example.com (primary)"
                        + " | mailchimp:f1a0000003",
                "noname@example.com | - | - | UNLOCKED | true | false | noname@example.com (primary)"
                        + " | mailchimp:f1a0000005"),
                lines(PEOPLE), "a name with a comma is kept whole as the first name");
        assertEquals(List.of(
                "abigail@example.com | true | 2024-03-01T09:02:00 | mailchimp",
                "allen@example.com | true | 2024-03-02T10:00:00 | mailchimp",
                "cher@example.com | true | 2024-03-04T12:00:00 | mailchimp",
                "maria@example.com | true | 2024-03-03T11:00:00 | mailchimp",
                "noname@example.com | true | 2024-03-05T13:00:00 | mailchimp"),
                lines(CONSENT), "the semicolon-separated tags no longer cost Abigail her opt-in");
        assertEquals(List.of(
                "abigail@example.com | Discount Seekers, Newsletter Subscribers",
                "allen@example.com | Discount Seekers, Newsletter Subscribers",
                "cher@example.com | VIP",
                "maria@example.com | Discount Seekers, Newsletter Subscribers"),
                lines(TAGS));
        assertEquals("Email Address → email, Name → name, OPTIN_TIME, CONFIRM_TIME, LAST_CHANGED, EUID → id,"
                + " TAGS → tags", report.recognition().get("columns_read"));
        String ignored = report.recognition().get("columns_ignored");
        assertTrue(ignored.startsWith("MEMBER_RATING, OPTIN_IP, CONFIRM_IP, LATITUDE,"), ignored);
        String notImported = report.recognition().get("columns_not_imported");
        assertTrue(notImported.startsWith("Company, ORIGIN (no field of this layout"), notImported);
    }

    @Test
    void zohoCustomAddressFieldsAndContactIdAreReadAndTheColumnsNothingReadsAreListed() throws Exception {
        BatchReport report = importCorpus("zoho-contacts-custom-address.csv", "zoho", EXPORTED_AT);

        assertEquals("zoho-contacts", report.format());
        assertEquals(List.of(
                "lena@example.com | Lena | Example | UNLOCKED | false | false | lena@example.com (primary)"
                        + " | zoho:5725767000001234001",
                "marc@example.org | Marc | Example | UNLOCKED | false | false | marc@example.org (primary)"
                        + " | zoho:5725767000001234002"),
                lines(PEOPLE));
        assertEquals(List.of(
                "lena@example.com | +49 30 5550100 | Beispielstraße 12 | - | Berlin | Berlin | 10115 | Germany",
                "marc@example.org | +33 6 55 50 01 02 | 12 rue de l'Exemple | - | Lyon | - | 69001 | France"),
                lines(ADDRESSES), "the address is stored, not dropped without a word");
        assertEquals("Company Name.id, Company Name, Data Source, Industry (no field of this layout reads them, so"
                + " their values are not stored;"
                + " name a column for a field with crosswalk.source.zoho.column.<field>)",
                report.recognition().get("columns_not_imported"));
        assertEquals("Contact Owner.id, Contact Owner, Created By.id, Created By, Modified By.id, Modified By,"
                + " Created Time, Unsubscribed Mode (columns this export writes that Crosswalk does"
                + " not store)", report.recognition().get("columns_ignored"));
        // Modified Time is read: it dates the row's values (their evidence time)
        assertTrue(report.recognition().get("columns_read").contains("Modified Time"));
        assertTrue(report.recognition().get("columns_read").contains("Contact Id → id, "),
                report.recognition().toString());
        assertTrue(report.recognition().get("columns_read").contains("Street → address, City → city, State → region,"
                + " Zip Code → postal-code, Country → country"), report.recognition().toString());
    }

    @Test
    void zohoLabelsInTheOrganisationsLanguageAreReadThroughTheOperatorsColumnAliases() throws Exception {
        crosswalk.close();
        crosswalk = TestCrosswalk.start(home, false, Map.of(
                "crosswalk.source.zoho.column.id", "Kontakt-ID",
                "crosswalk.source.zoho.column.first-name", "Vorname",
                "crosswalk.source.zoho.column.last-name", "Nachname",
                "crosswalk.source.zoho.column.email", "E-Mail",
                "crosswalk.source.zoho.column.address", "Straße",
                "crosswalk.source.zoho.column.postal-code", "PLZ",
                "crosswalk.source.zoho.column.city", "Stadt|Ort",
                "crosswalk.source.zoho.column.country", "Land"));
        Path file = Files.writeString(home.resolve("kontakte.csv"), """
                Kontakt-ID,Vorname,Nachname,E-Mail,Straße,PLZ,Ort,Land,Branche
                zcrm_5725767000001234101,Jana,Beispiel,jana@example.com,Hauptstraße 5,50667,Köln,Deutschland,Handel
                """);

        BatchReport report = crosswalk.importFile(file, "zoho");

        assertEquals("applied", report.status(), report.message());
        assertEquals(List.of("jana@example.com | Jana | Beispiel | UNLOCKED | false | false"
                + " | jana@example.com (primary) | zoho:5725767000001234101"), lines(PEOPLE));
        assertEquals(List.of("jana@example.com | - | Hauptstraße 5 | - | Köln | - | 50667 | Deutschland"),
                lines(ADDRESSES));
        assertEquals("Kontakt-ID → id (operator alias, crosswalk.source.zoho.column.id), Vorname → first-name"
                + " (operator alias, crosswalk.source.zoho.column.first-name), Nachname → last-name (operator alias,"
                + " crosswalk.source.zoho.column.last-name), E-Mail → email (operator alias,"
                + " crosswalk.source.zoho.column.email), Straße → address (operator alias,"
                + " crosswalk.source.zoho.column.address), PLZ → postal-code (operator alias,"
                + " crosswalk.source.zoho.column.postal-code), Ort → city (operator alias,"
                + " crosswalk.source.zoho.column.city), Land → country (operator alias,"
                + " crosswalk.source.zoho.column.country)", report.recognition().get("columns_read"));
        assertTrue(report.recognition().get("columns_not_imported").startsWith("Branche (no field"),
                report.recognition().get("columns_not_imported"));
    }

    @Test
    void ticketTailorDayFirstTwentyFourHourTimesAreStoredAsWritten() throws Exception {
        BatchReport report = importCorpus("ticket-tailor-orders-day-first-times.csv", "ticket-tailor");

        assertEquals(0, report.rowCount("rejected"), report.message());
        assertEquals(List.of(
                "2000001 | 2026-04-28T09:15:00 | 12.00 | kim@example.com",
                "2000002 | 2026-04-30T18:05:00 | 8.00 | lou@example.com"),
                lines("select t.external_id || ' | ' || " + utc("t.occurred_at") + " || ' | ' || t.amount"
                        + " || ' | ' || e.email as line from transactions t"
                        + " join contact_emails e on e.contact_id = t.contact_id order by t.external_id"));
        assertEquals(List.of("ev_556677 | Summer Lecture | 2026-05-28T20:00:00 | 2026-05-28T21:30:00"),
                lines("select ev.external_id || ' | ' || ev.name || ' | ' || " + utc("ev.starts_at") + " || ' | '"
                        + " || " + utc("ev.ends_at") + " as line from events ev"));
    }

    @Test
    void theIssuedTicketsExportIsRefusedNamingItAndTheOrdersExportToDownload() throws Exception {
        Path file = home.resolve("ticket-tailor-issued-tickets.csv");
        try (InputStream in = getClass().getResourceAsStream("/corpus/ticket-tailor-issued-tickets.csv")) {
            Files.copy(in, file);
        }

        BatchReport report = crosswalk.importFile(file, "ticket-tailor");

        assertEquals("rejected", report.status());
        assertTrue(report.message().startsWith("File refused: This is Ticket Tailor's issued-tickets export (one row"
                + " per ticket, with Event and Event start and no buyer email): a ticket row does not say which person bought"
                + " it, so nothing could be stored without guessing. Download the orders export instead (one row per"
                + " order, with Order ID, Order date, Email, Event ID, Event name) and drop it into"
                + " inbox/ticket-tailor/."), report.message());
        assertEquals(0, crosswalk.count("select count(*) from contacts"));
    }
}
