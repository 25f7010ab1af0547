package dev.crosswalk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11.8, the layouts besides PayPal: Kajabi subscriptions, transactions and consent segments, Zoho CRM contacts,
 * Ticket Tailor orders, Mailchimp's unsubscribed and cleaned files and a hand-kept list, each a real header line with
 * invented rows, imported through the real pipeline with its stored values checked.
 */
class RealLayoutsCorpusSourcesTest extends CorpusTestBase {

    private static final Instant EXPORTED_AT = Instant.parse("2025-10-11T16:00:00Z");

    /** A person as "display email | first | last | lock | subscribed | undeliverable | every email (kind) | ids". */
    static final String PEOPLE = "select c.email || ' | ' || coalesce(c.first_name, '-') || ' | '"
            + " || coalesce(c.last_name, '-') || ' | ' || c.lock_level || ' | ' || c.email_subscribed || ' | '"
            + " || c.email_undeliverable || ' | '"
            + " || (select string_agg(e.email || ' (' || e.kind || ')', ', ' order by e.kind desc, e.email)"
            + "     from contact_emails e where e.contact_id = c.id) || ' | '"
            + " || coalesce((select string_agg(i.source || ':' || i.external_id, ', ' order by i.source)"
            + "     from contact_identities i where i.contact_id = c.id), '-') as line"
            + " from contacts c order by lower(c.email)";

    /** Consent observations as "email | subscribed | UTC time | inbox it came through". */
    static final String CONSENT = consent("true");

    private static String consent(String condition) {
        return "select e.email || ' | ' || ce.subscribed || ' | '"
                + " || to_char(ce.observed_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') || ' | ' || ce.source"
                + " as line from consent_events ce join contacts c on c.id = ce.contact_id"
                + " join contact_emails e on e.contact_id = c.id and e.kind = 'primary'"
                + " where " + condition + " order by e.email";
    }

    /** Where a person lives and can be called: "email | phone | line 1 | line 2 | city | region | postal | country". */
    static final String ADDRESSES = "select e.email || ' | ' || coalesce(c.phone, '-') || ' | '"
            + " || coalesce(c.address_line1, '-') || ' | ' || coalesce(c.address_line2, '-') || ' | '"
            + " || coalesce(c.city, '-') || ' | ' || coalesce(c.region, '-') || ' | '"
            + " || coalesce(c.postal_code, '-') || ' | ' || coalesce(c.country, '-') as line"
            + " from contacts c join contact_emails e on e.contact_id = c.id and e.kind = 'primary' order by e.email";

    /** Tags as "email | tag, tag". */
    static final String TAGS = "select e.email || ' | ' || string_agg(t.name, ', ' order by t.name) as line"
            + " from contact_tags ct join tags t on t.id = ct.tag_id"
            + " join contact_emails e on e.contact_id = ct.contact_id and e.kind = 'primary'"
            + " group by e.email order by e.email";

    static String utc(String column) {
        return "coalesce(to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS'), '-')";
    }

    /** The order of these exports' columns is not public: the same rows with the columns reversed read the same. */
    @ParameterizedTest
    @ValueSource(strings = {"kajabi-subscriptions.csv", "kajabi-subscriptions-columns-reversed.csv"})
    void kajabiSubscriptionsKeepDollarAmountsTextDatesProviderIdsAndTheirCustomer(String file) throws Exception {
        assertEquals("kajabi-subscriptions", importCorpus(file, "kajabi").format());

        assertEquals(List.of(
                "2194986380 | active | 1089.00 | USD | Year | Annual Circle | PayPal | I-8EXAMPLE0LENA | - | 2025-11-28"
                        + " | 2026-11-28 | - | - | lena@example.com",
                "2194986390 | pending cancellation | 242.00 | USD | Month | Monthly Membership | PayPal | I-5EXAMPLE00SOL"
                        + " | - | 2025-01-05 | 2025-02-05 | - | - | sol@example.com",
                "35285761 | canceled | 24.00 | USD | Month | Monthly Membership | PayPal | I-5EXAMPLE0OMAR | WELCOME10"
                        + " | 2022-09-28 | - | 2024-03-03 | 2022-10-12 | omar.example@example.org"),
                lines("select s.external_id || ' | ' || s.status || ' | ' || s.amount || ' | ' || s.currency"
                        + " || ' | ' || s.interval || ' | ' || s.offer_title || ' | ' || s.provider || ' | '"
                        + " || s.provider_reference || ' | ' || coalesce(s.coupon, '-') || ' | ' || s.started_at"
                        + " || ' | ' || coalesce(s.next_payment_at::text, '-') || ' | '"
                        + " || coalesce(s.canceled_at::text, '-') || ' | ' || coalesce(s.trial_ends_at::text, '-')"
                        + " || ' | ' || e.email as line from subscriptions s"
                        + " join contact_emails e on e.contact_id = s.contact_id order by s.started_at desc"));
        assertEquals(List.of(
                "lena@example.com | Lena | Example | UNLOCKED | false | false | lena@example.com (primary)"
                        + " | kajabi-member:81234567",
                "Omar.Example@Example.org | Omar | Example | UNLOCKED | false | false"
                        + " | omar.example@example.org (primary) | kajabi-member:81234568",
                "sol@example.com | Sol | Example | UNLOCKED | false | false | sol@example.com (primary) | -"),
                lines(PEOPLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kajabi-transactions.csv", "kajabi-transactions-columns-reversed.csv"})
    void kajabiTransactionsKeepOffsetTimesSignedRefundsAndNoOrderNumberForNotApplicable(String file)
            throws Exception {
        assertEquals("kajabi-transactions", importCorpus(file, "kajabi").format());

        assertEquals(List.of(
                "2260451234 | subscription | succeeded | 88.00 | USD | 2025-11-08T11:11:00 | Monthly Membership | -"
                        + " | lena@example.com",
                "2260451235 | refund | succeeded | -88.00 | USD | 2025-10-30T10:33:07 | Monthly Membership | -"
                        + " | lena@example.com",
                "44556677 | charge | succeeded | 1234.00 | USD | 2025-03-03T02:45:10 | Retreat 2025 | -"
                        + " | mira@example.org"),
                lines("select t.external_id || ' | ' || t.type || ' | ' || t.status || ' | ' || t.amount || ' | '"
                        + " || t.currency || ' | ' || " + utc("t.occurred_at") + " || ' | ' || t.offer_title"
                        + " || ' | ' || coalesce(t.order_number, '-') || ' | ' || e.email as line"
                        + " from transactions t join contact_emails e on e.contact_id = t.contact_id"
                        + " order by t.external_id"));
        assertEquals(List.of(
                "lena@example.com | Lena | Example | UNLOCKED | false | false | lena@example.com (primary)"
                        + " | kajabi-member:81234567",
                "Mira@Example.org | Mira | de la Example | UNLOCKED | false | false | mira@example.org (primary)"
                        + " | kajabi-member:81234569"),
                lines(PEOPLE));
    }

    @Test
    void kajabiSegmentsStateConsentByTheirFolderAsOfTheExport() throws Exception {
        assertEquals("kajabi-subscribed-segment",
                importCorpus("kajabi-segment-subscribed.csv", "kajabi-subscribed", EXPORTED_AT).format());
        assertEquals("kajabi-unsubscribed-segment", importCorpus("kajabi-segment-unsubscribed.csv",
                "kajabi-unsubscribed", EXPORTED_AT.plusSeconds(60)).format());

        assertEquals(List.of(
                "tess@example.com | true | 2025-10-11T16:00:00 | kajabi-subscribed",
                "uma.example@example.org | true | 2025-10-11T16:00:00 | kajabi-subscribed",
                "vic@example.com | false | 2025-10-11T16:01:00 | kajabi-unsubscribed"),
                lines(CONSENT));
        assertEquals(List.of(
                "tess@example.com | Tess | Example | UNLOCKED | true | false | tess@example.com (primary) | -",
                "Uma.Example@example.org | Uma | Example | UNLOCKED | true | false"
                        + " | uma.example@example.org (primary) | -",
                "vic@example.com | Vic | Example | UNLOCKED | false | false | vic@example.com (primary) | -"),
                lines(PEOPLE));
    }

    @Test
    void zohoContactsKeepBareIdsSecondaryEmailsAddressesTagsAndTheOptOutTime() throws Exception {
        BatchReport report = importCorpus("zoho-contacts.csv", "zoho", EXPORTED_AT);

        assertEquals("zoho-contacts", report.format());

        assertEquals(List.of(
                "nora@example.com | Nora | Example | UNLOCKED | false | false"
                        + " | nora@example.com (primary), nora.work@example.org (additional)"
                        + " | zoho:3811008000002766271",
                "olaf@example.com | Olaf | Example | UNLOCKED | false | false | olaf@example.com (primary)"
                        + " | zoho:3811008000002766272",
                "quin@example.com | Quin | Example | UNLOCKED | false | false | quin@example.com (primary)"
                        + " | zoho:3811008000002766274",
                "sid@example.com | Sid | Example | UNLOCKED | false | false | sid@example.com (primary)"
                        + " | zoho:3811008000002766275"),
                lines(PEOPLE), "Sid has only a Secondary Email: it is his one, primary, address");
        assertEquals(List.of(
                "olaf@example.com | false | 2025-06-02T09:15:00 | zoho",
                "quin@example.com | false | 2025-10-11T16:00:00 | zoho"),
                lines(CONSENT), "Email Opt Out true (in any case) is an opt-out at Unsubscribed Time, else when the"
                        + " file was exported; false states nothing");
        List<String> rejected = Files.readAllLines(Path.of(report.files().get("rejected")));
        assertEquals(2, rejected.size(), rejected.toString());
        assertTrue(rejected.get(1).startsWith("4,rejected,\"\"\"3.811008E+18\"\" is an id in scientific notation"),
                rejected.get(1));
        assertEquals(List.of(
                "nora@example.com | 303-555-0142 | 12 Example Street | - | Boulder | CO | 80302 | United States",
                "olaf@example.com | 720-555-0199 | - | - | - | - | - | -",
                "quin@example.com | - | - | - | - | - | - | -",
                "sid@example.com | - | - | - | - | - | - | -"),
                lines(ADDRESSES));
        assertEquals(List.of("nora@example.com | Donor, Volunteer"), lines(TAGS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ticket-tailor-orders.csv", "ticket-tailor-orders-columns-reversed.csv"})
    void ticketTailorOrdersKeepFreeAndCancelledOrdersTheirEventAndTheCheckoutOptIn(String file) throws Exception {
        BatchReport report = importCorpus(file, "ticket-tailor");

        assertEquals("ticket-tailor-orders", report.format());

        assertEquals(List.of(
                "41234567 | order | completed | 45.00 | -1.35 | 45.00 | 0.00 | false | - | 2025-11-07T14:28:00"
                        + " | STRIPE | 1 x General admission | rosa@example.com",
                "41234568 | order | completed | 0.00 | 0.00 | 0.00 | 0.00 | false | - | 2025-11-08T09:05:00"
                        + " | NO_COST | 2 x Community ticket | sam@example.org",
                "41234569 | order | cancelled | 30.00 | -0.90 | 30.00 | 30.00 | true | - | 2025-11-09T18:40:00"
                        + " | PAYPAL | 1 x General admission | tom@example.com",
                "41234570 | order | completed | 15.00 | -0.45 | 15.00 | 0.00 | false | - | 2025-11-10T00:05:00"
                        + " | STRIPE | 1 x General admission | uma@example.com",
                "41234571 | order | completed | 45.00 | -1.35 | 45.00 | 0.00 | false | - | 2025-11-11T10:00:00"
                        + " | STRIPE | 1 x General admission | vera@example.com"),
                lines("select t.external_id || ' | ' || t.type || ' | ' || t.status || ' | ' || t.amount || ' | '"
                        + " || coalesce(t.fee::text, '-') || ' | ' || coalesce(t.amount_paid::text, '-') || ' | '"
                        + " || coalesce(t.amount_refunded::text, '-') || ' | ' || coalesce(t.cancelled::text, '-')"
                        + " || ' | ' || coalesce(t.currency, '-') || ' | ' || " + utc("t.occurred_at")
                        + " || ' | ' || t.payment_method || ' | ' || t.offer_title || ' | ' || e.email as line"
                        + " from transactions t join contact_emails e on e.contact_id = t.contact_id"
                        + " order by t.external_id"));
        assertEquals(List.of("778899 | Winter Solstice Concert | 2025-12-20T19:15:00 | 2025-12-20T21:30:00 | 5"),
                lines("select ev.external_id || ' | ' || ev.name || ' | ' || " + utc("ev.starts_at") + " || ' | ' || "
                        + utc("ev.ends_at") + " || ' | ' || (select count(*) from transactions t"
                        + " where t.event_id = ev.id) as line from events ev"));
        assertEquals(List.of(
                "rosa@example.com | true | 2025-11-07T14:28:00 | ticket-tailor",
                "sam@example.org | false | 2025-11-08T09:05:00 | ticket-tailor",
                "tom@example.com | true | 2025-11-09T18:40:00 | ticket-tailor",
                "uma@example.com | true | 2025-11-10T00:05:00 | ticket-tailor"),
                lines(CONSENT), "the organiser's opt-in question, answered at checkout; Vera left it blank");
        assertEquals(List.of(
                "rosa@example.com | Rosa | Example | UNLOCKED | true | false | rosa@example.com (primary) | -",
                "sam@example.org | Sam | Example | UNLOCKED | false | false | sam@example.org (primary) | -",
                "tom@example.com | Tom | Example | UNLOCKED | true | false | tom@example.com (primary) | -",
                "uma@example.com | Uma | Example | UNLOCKED | true | false | uma@example.com (primary) | -",
                "vera@example.com | Vera | Example | UNLOCKED | false | false | vera@example.com (primary) | -"),
                lines(PEOPLE), "the full stop typed after Uma's address is not part of it");
        assertEquals(List.of(
                "rosa@example.com | 1 303-555-0188 | 12 Example Street | Unit 3 | - | - | 80302 | -",
                "sam@example.org | - | - | - | - | - | - | -",
                "tom@example.com | - | - | - | - | - | - | -",
                "uma@example.com | - | - | - | - | - | - | -",
                "vera@example.com | - | - | - | - | - | - | -"),
                lines(ADDRESSES));
        assertEquals(List.of(
                "rosa@example.com | Winter Solstice Concert",
                "sam@example.org | Winter Solstice Concert",
                "tom@example.com | Winter Solstice Concert",
                "uma@example.com | Winter Solstice Concert",
                "vera@example.com | Winter Solstice Concert"),
                lines(TAGS));
    }

    @Test
    void mailchimpUnsubscribedFileIsAnOptOutAtEachUnsubscribeTime() throws Exception {
        assertEquals("mailchimp-unsubscribed",
                importCorpus("mailchimp-unsubscribed.csv", "mailchimp", EXPORTED_AT).format());

        assertEquals(List.of(
                "wren@example.com | false | 2024-02-11T18:22:05 | mailchimp",
                "xavi@example.org | false | 2023-07-01T00:05:00 | mailchimp"),
                lines(CONSENT));
        assertEquals(List.of(
                "wren@example.com | Wren | Example | UNLOCKED | false | false | wren@example.com (primary)"
                        + " | mailchimp:c2cb0681af",
                "xavi@example.org | Xavi | Example | UNLOCKED | false | false | xavi@example.org (primary)"
                        + " | mailchimp:d3dc1792b0"),
                lines(PEOPLE));
    }

    @Test
    void mailchimpCleanedFileMarksTheAddressUndeliverableAndStatesNoConsent() throws Exception {
        assertEquals("mailchimp-cleaned", importCorpus("mailchimp-cleaned.csv", "mailchimp", EXPORTED_AT).format());

        assertEquals(List.of(
                "yara@example.com | Yara | Example | UNLOCKED | false | true | yara@example.com (primary)"
                        + " | mailchimp:e4ed2803c1"),
                lines(PEOPLE));
        assertEquals(List.of(), lines(CONSENT), "a bounced address says nothing about what the person wants");
    }

    @Test
    void aHandKeptListIsLockedKeepsEveryAddressOfACellAndOnlyAYesIsAnOptIn() throws Exception {
        assertEquals("manual-list", importCorpus("manual-list.csv", "manual", EXPORTED_AT).format());

        assertEquals(List.of(
                "ana@example.org | Ana | Example | FULL_LOCK | true | false"
                        + " | ana@example.org (primary), ana.work@example.com (additional) | manual:ana@example.org",
                "ben@example.com | Ben | de la Example | FULL_LOCK | false | false | ben@example.com (primary)"
                        + " | manual:ben@example.com"),
                lines(PEOPLE));
        assertEquals(List.of("ana@example.org | true | 2025-10-11T16:00:00 | manual"), lines(CONSENT));
        assertEquals(List.of(
                "ana@example.org | +44 20 7946 0001 | - | - | Leeds | - | - | -",
                "ben@example.com | - | - | - | York | - | - | -"),
                lines(ADDRESSES));
        assertEquals(List.of("ana@example.org | Choir, Volunteer", "ben@example.com | Choir"), lines(TAGS));
    }

    @Test
    void aHandKeptListSavedByAEuropeanExcelIsReadWithItsSemicolonsBomAndAccents() throws Exception {
        assertEquals("manual-list", importCorpus("manual-list-excel-semicolon.csv", "manual", EXPORTED_AT).format());

        assertEquals(List.of(
                "al@example.com | Al | Example | FULL_LOCK | false | false"
                        + " | al@example.com (primary), al.home@example.org (additional) | manual:al@example.com",
                "zoe@example.com | Zoë | Example | FULL_LOCK | true | false | zoe@example.com (primary)"
                        + " | manual:zoe@example.com"),
                lines(PEOPLE));
        assertEquals(List.of("zoe@example.com | true | 2025-10-11T16:00:00 | manual"), lines(CONSENT),
                "x is a yes; no states nothing");
        assertEquals(List.of(
                "al@example.com | - | - | - | Nice | - | - | -",
                "zoe@example.com | +33 1 23 45 67 89 | - | - | Besançon | - | - | -"),
                lines(ADDRESSES));
        assertEquals(List.of("zoe@example.com | Choir, Volunteer"), lines(TAGS));
    }

    @Test
    void timesWithoutAZoneAreReadInTheSourceZoneAndTimesWithAnOffsetKeepIt() throws Exception {
        crosswalk.close();
        crosswalk = TestCrosswalk.start(home, false, Map.of("crosswalk.import.source-zone", "America/Denver"));
        importCorpus("ticket-tailor-orders.csv", "ticket-tailor");
        importCorpus("zoho-contacts.csv", "zoho", EXPORTED_AT);
        importCorpus("kajabi-transactions.csv", "kajabi");

        // Denver is UTC-7 in November and December, UTC-6 in June
        assertEquals(List.of(
                "ticket-tailor:41234567 | 2025-11-07T21:28:00",
                "ticket-tailor:41234570 | 2025-11-10T07:05:00",
                "kajabi:2260451234 | 2025-11-08T11:11:00"),
                lines("select t.source || ':' || t.external_id || ' | ' || " + utc("t.occurred_at") + " as line"
                        + " from transactions t where t.external_id in ('41234567', '41234570', '2260451234')"
                        + " order by t.source desc, t.external_id"));
        assertEquals(List.of("778899 | 2025-12-21T02:15:00 | 2025-12-21T04:30:00"),
                lines("select ev.external_id || ' | ' || " + utc("ev.starts_at") + " || ' | ' || " + utc("ev.ends_at")
                        + " as line from events ev"));
        assertEquals(List.of(
                "olaf@example.com | false | 2025-06-02T15:15:00 | zoho",
                "quin@example.com | false | 2025-10-11T16:00:00 | zoho"),
                lines(consent("ce.source = 'zoho'")));
    }
}
