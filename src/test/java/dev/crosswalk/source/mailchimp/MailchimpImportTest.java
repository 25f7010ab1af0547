package dev.crosswalk.source.mailchimp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.ByName;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mailchimp audience export (docs/sources.md): subscribed, unsubscribed and cleaned files. */
class MailchimpImportTest {

    /** buren/honey_format's "diabolical" real export header, quoted exactly as Mailchimp writes it. */
    static final String CLASSIC_HEADER = "\"Email Address\",\"First Name\",\"Last Name\",MEMBER_RATING,OPTIN_TIME,"
            + "OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,LAST_CHANGED,LEID,"
            + "EUID,NOTES";

    /** The 2018 subscribed file with TAGS (id 20547995433): the email column is labelled "Email". */
    static final String TAGGED_HEADER = "Email,\"First Name\",\"Last Name\",Position,Company,ORIGIN,MEMBER_RATING,"
            + "OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,"
            + "LAST_CHANGED,LEID,EUID,NOTES,TAGS";

    /** Starhouse's real export: merge fields and a few system columns, no times at all. */
    static final List<String> STARHOUSE = List.of("Email Address", "First Name", "Last Name", "Phone Number",
            "MEMBER_RATING", "LATITUDE", "LONGITUDE", "TIMEZONE", "CC", "REGION", "TAGS");

    /** An unsubscribed file whose merge fields repeat system names (ids 633054504 / 13120224759). */
    static final List<String> UNSUBSCRIBED = List.of("Email Address", "First Name", "Last Name", "MEMBER_RATING",
            "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME", "CONFIRM_IP", "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF",
            "TIMEZONE", "CC", "REGION", "UNSUB_CAMPAIGN_ID", "UNSUB_REASON", "UNSUB_TIME", "UNSUB_CAMPAIGN_TITLE",
            "UNSUB_CAMPAIGN_ID", "UNSUB_REASON", "UNSUB_REASON_OTHER", "LEID", "EUID", "NOTES");

    static final List<String> CLEANED = List.of("Email Address", "First Name", "Last Name", "MEMBER_RATING",
            "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME", "CONFIRM_IP", "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF",
            "TIMEZONE", "CC", "REGION", "CLEAN_TIME", "CLEAN_CAMPAIGN_TITLE", "CLEAN_CAMPAIGN_ID", "LEID", "EUID",
            "NOTES");

    @TempDir
    Path home;
    TestCrosswalk crosswalk;

    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home, false, Map.of("crosswalk.mailchimp.group-columns", "Interests"));
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    private Path raw(String name, String... lines) throws Exception {
        Path file = home.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-11-20T12:00:00Z")));
        return file;
    }

    private Path subscribed() throws Exception {
        return raw("subscribed_members_export_1a2b3c4d5e.csv", CLASSIC_HEADER,
                "ann@example.com,Ann,Lee,2,,,\"2015-03-16 14:40:47\",,,,,,,,,\"2015-03-16 14:40:47\",44877845,"
                        + "c2cb0681af,",
                "Bob@Example.org,Bob,Ray,2,\"2019-01-02 08:00:00\",203.0.113.9,\"2019-01-03 09:00:00\",203.0.113.9,"
                        + "47.6614000,-122.3000000,-8,-7,America/Los_Angeles,US,WA,\"2019-01-03 09:00:00\",44877846,"
                        + "d3dc1792b0,",
                "cy@example.com,Cy,,2,\"2020-05-05 10:00:00\",,,,,,,,,,,\"2020-05-05 10:00:00\",44877847,e4ed2803c1,");
    }

    private Instant observed(String email) throws Exception {
        return ((Timestamp) crosswalk.rows("select observed_at from consent_events where email = '" + email
                + "' order by id desc").get(0).get("observed_at")).toInstant();
    }

    private Map<String, Object> contact(String email) throws Exception {
        return crosswalk.rows("select * from contacts where lower(email) = '" + email + "'").get(0);
    }

    @Test
    void theSubscribedFileOptsInAtConfirmOrOptInTime() throws Exception {
        BatchReport report = crosswalk.importFile(subscribed(), "mailchimp");

        assertEquals("mailchimp-subscribed", report.format());
        assertEquals(3, report.rowCount("new"));
        assertEquals(3, crosswalk.count("select count(*) from contacts where email_subscribed "
                + "and subscription_protected and source_system = 'mailchimp' and lock_level = 'UNLOCKED'"));
        assertEquals("Bob@Example.org", contact("bob@example.org").get("email"));
        assertEquals(Instant.parse("2015-03-16T14:40:47Z"), observed("ann@example.com"));
        assertEquals(Instant.parse("2019-01-03T09:00:00Z"), observed("bob@example.org"));
        assertEquals(Instant.parse("2020-05-05T10:00:00Z"), observed("cy@example.com"));
        assertEquals(3, crosswalk.count("select count(*) from consent_events where subscribed and applied "
                + "and source = 'mailchimp'"));
        // EUID is the person's Mailchimp id; LEID is only stable inside one audience and is not kept
        assertEquals(List.of(Map.of("source", "mailchimp", "external_id", "c2cb0681af")), crosswalk.rows(
                "select source, external_id from contact_identities where contact_id = "
                        + contact("ann@example.com").get("id")));
        assertEquals(0, crosswalk.count("select count(*) from contact_identities where external_id like '448778%'"));
    }

    @Test
    void tagsAreQuotedListsGroupsEscapeCommasAndTheFirstColumnIsTheEmail() throws Exception {
        // an interest-group column, and a trailing delimiter on every line (an empty last column) as well
        Path file = raw("subscribed_email_audience_export_9f8e7d6c5b.csv",
                TAGGED_HEADER.replace("Company,", "Company,Interests,") + ",",
                "dee@example.com,Dee,Park,Teacher,\"Park Yoga\",\"INDIE\\, EGYPT,Yoga\",import,2,,,"
                        + "\"2018-10-11 09:55:14\",,,,,,,,,\"2018-10-11 09:55:14\",44877848,f5fe3914d2,,"
                        + "\"\"\"VIP\"\",\"\"Blog, Weekly\"\"\",",
                "eve@example.com,Eve,Stone,,,,import,2,,,\"2018-10-12 09:55:14\",,,,,,,,,"
                        + "\"2018-10-12 09:55:14\",44877849,a6af4a25e3,,,");

        BatchReport report = crosswalk.importFile(file, "mailchimp");

        assertEquals(2, report.rowCount("new"), report.toString());
        long dee = (Long) contact("dee@example.com").get("id");
        assertEquals(List.of("Blog, Weekly", "INDIE, EGYPT", "VIP", "Yoga"), crosswalk.rows(
                "select t.name from contact_tags ct join tags t on t.id = ct.tag_id where contact_id = " + dee
                        + " order by 1").stream().map(r -> r.get("name")).toList());
        assertEquals("Park", contact("dee@example.com").get("last_name"));
        assertEquals(Instant.parse("2018-10-12T09:55:14Z"), observed("eve@example.com"));
    }

    @Test
    void aTagsCellThatCannotBeReadIsAWarningAndTheOptInIsStillApplied() throws Exception {
        // an unclosed quote inside the TAGS cell: no form Mailchimp writes
        Path file = raw("subscribed_email_audience_export_1c2d3e4f5a.csv", TAGGED_HEADER,
                "fay@example.com,Fay,Moss,,,import,2,,,\"2018-10-13 09:55:14\",,,,,,,,,\"2018-10-13 09:55:14\","
                        + "44877850,b7bf5b36f4,,\"\"\"VIP\"\",Blog\"");

        BatchReport report = crosswalk.importFile(file, "mailchimp");

        assertEquals(1, report.rowCount("new"), report.toString());
        assertEquals(0, report.rowCount("rejected"));
        assertEquals(1, crosswalk.count("select count(*) from contacts where email = 'fay@example.com'"
                + " and email_subscribed"));
        assertEquals(Instant.parse("2018-10-13T09:55:14Z"), observed("fay@example.com"));
        assertEquals(0, crosswalk.count("select count(*) from contact_tags"));
        String rows = Files.readString(Path.of(report.files().get("rejected")));
        assertTrue(rows.contains("warning") && rows.contains("TAGS"), rows);
    }

    @Test
    void theUnsubscribedFileToleratesRepeatedNamesAndNeverDropsAProtectedOptInSilently() throws Exception {
        crosswalk.importFile(subscribed(), "mailchimp");
        Map<String, String> ann = new HashMap<>(Map.of("Email Address", "ann@example.com", "First Name", "Ann",
                "MEMBER_RATING", "2", "UNSUB_TIME", "2025-11-01 08:00:00", "UNSUB_REASON", "too many emails",
                "EUID", "c2cb0681af"));
        Map<String, String> bob = new HashMap<>(Map.of("Email Address", "bob@example.org", "MEMBER_RATING", "2",
                "UNSUB_TIME", "2018-06-01 08:00:00"));
        Map<String, String> fay = new HashMap<>(Map.of("Email Address", "fay@example.com", "First Name", "Fay",
                "MEMBER_RATING", "2", "UNSUB_TIME", "2024-02-02 02:02:02", "EUID", "b7b05b36f4"));
        Path file = ByName.csv(UNSUBSCRIBED, List.of(ann, bob, fay)).write(home.resolve("unsubscribed_x.csv"));

        BatchReport report = crosswalk.importFile(file, "mailchimp");

        assertEquals("mailchimp-unsubscribed", report.format());
        assertEquals(1, report.rowCount("conflict"));
        assertEquals(1, report.rowCount("unchanged"));
        assertEquals(1, report.rowCount("new"));
        assertEquals(1L, report.consent().get("pending_opt_outs"));
        assertEquals(List.of(Map.of("reason", "PROTECTED_OPT_IN", "incoming_value", "false")),
                crosswalk.rows("select reason, incoming_value from import_conflicts"));
        assertEquals(true, contact("ann@example.com").get("email_subscribed"));
        assertEquals(Instant.parse("2025-11-01T08:00:00Z"), observed("ann@example.com"));
        // Bob's opt-out is older than his confirmed opt-in: recorded, not applied
        assertEquals(true, contact("bob@example.org").get("email_subscribed"));
        String reason = (String) crosswalk.rows("select reason from consent_events where email = 'bob@example.org' "
                + "and not subscribed").get(0).get("reason");
        assertTrue(reason.startsWith("older than the opt-in observed 2019-01-03T09:00:00Z"), reason);
        assertEquals(false, contact("fay@example.com").get("email_subscribed"));
        assertEquals(Instant.parse("2024-02-02T02:02:02Z"), observed("fay@example.com"));
    }

    @Test
    void theCleanedFileMarksTheContactOfAnyBouncedAddressUndeliverableWithoutAConsentChange() throws Exception {
        crosswalk.importFile(subscribed(), "mailchimp");
        try (var c = crosswalk.dataSource().getConnection(); var st = c.createStatement()) {
            // a locked contact is still marked: a bounce is about the address, not data someone checked
            st.executeUpdate("update contacts set lock_level = 'FULL_LOCK' where email = 'ann@example.com'");
            st.executeUpdate("insert into contact_emails (contact_id, email, display, kind, source) select id, "
                    + "'cy.old@example.com', 'cy.old@example.com', 'additional', 'manual' from contacts "
                    + "where email = 'cy@example.com'");
        }
        long eventsBefore = crosswalk.count("select count(*) from consent_events");
        Map<String, String> ann = Map.of("Email Address", "ann@example.com", "MEMBER_RATING", "2", "CLEAN_TIME",
                "2025-11-02 10:00:00", "EUID", "c2cb0681af");
        Map<String, String> cyOld = Map.of("Email Address", "cy.old@example.com", "MEMBER_RATING", "2",
                "CLEAN_TIME", "2025-11-02 10:00:00");
        Map<String, String> gus = Map.of("Email Address", "gus@example.com", "First Name", "Gus", "MEMBER_RATING",
                "1", "CLEAN_TIME", "2025-11-02 10:00:00");
        Path file = ByName.csv(CLEANED, List.of(ann, cyOld, gus)).write(home.resolve("cleaned_members.csv"));

        BatchReport report = crosswalk.importFile(file, "mailchimp");

        assertEquals("mailchimp-cleaned", report.format());
        // Cy's additional address bounced: which address is the primary one is an accident of arrival
        assertEquals(2, report.rowCount("updated"));
        assertEquals(1, report.rowCount("new"));
        assertEquals(eventsBefore, crosswalk.count("select count(*) from consent_events"));
        assertEquals(true, contact("ann@example.com").get("email_undeliverable"));
        assertEquals(true, contact("ann@example.com").get("email_subscribed"));
        assertEquals(true, contact("cy@example.com").get("email_undeliverable"));
        assertEquals(true, contact("gus@example.com").get("email_undeliverable"));
        assertEquals(false, contact("gus@example.com").get("email_subscribed"));
        assertEquals(List.of(Map.of("field", "email_undeliverable", "old_value", "false", "new_value", "true"),
                Map.of("field", "email_undeliverable", "old_value", "false", "new_value", "true")),
                crosswalk.rows("select field, old_value, new_value from import_audit_log where batch_id = "
                        + report.batch() + " and action = 'update' and field not in ('lock_level', 'lock_reason')"));
        assertEquals(0, crosswalk.count("select count(*) from import_conflicts"));
    }

    @Test
    void aHeaderWithoutTimesUsesTheExportTimeAndShuffledColumnsReadTheSame() throws Exception {
        Map<String, String> hal = Map.of("Email Address", "hal@example.com", "First Name", "Hal", "Last Name", "Vos",
                "Phone Number", "555-0142", "MEMBER_RATING", "2", "TAGS", "\"Retreat\"");
        // merge fields and system columns each shuffled; the email stays first, MEMBER_RATING opens the system part
        List<String> merge = ByName.shuffled(STARHOUSE.subList(1, 4));
        List<String> system = ByName.shuffled(STARHOUSE.subList(5, STARHOUSE.size()));
        List<String> shuffled = new ArrayList<>(List.of("Email Address"));
        shuffled.addAll(merge);
        shuffled.add("MEMBER_RATING");
        shuffled.addAll(system);
        Path file = ByName.csv(STARHOUSE, List.of(hal)).charset(StandardCharsets.UTF_8, true)
                .write(home.resolve("Mailchimp export 9-29-2020.csv"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-09-29T18:00:00Z")));

        BatchReport report = crosswalk.importFile(file, "mailchimp");
        assertEquals(1, report.rowCount("new"));
        assertEquals(Instant.parse("2020-09-29T18:00:00Z"), observed("hal@example.com"));
        assertEquals("555-0142", contact("hal@example.com").get("phone"));
        Map<String, List<Map<String, Object>>> after = crosswalk.snapshot();

        assertEquals("duplicate", crosswalk.importFile(file, "mailchimp").status());
        assertEquals(after, crosswalk.snapshot());

        Path reordered = ByName.csv(shuffled, List.of(hal)).write(home.resolve("reordered.csv"));
        Files.setLastModifiedTime(reordered, FileTime.from(Instant.parse("2020-09-29T18:00:00Z")));
        BatchReport again = crosswalk.importFile(reordered, "mailchimp");
        assertEquals(1, again.rowCount("unchanged"));
        for (String table : List.of("contacts", "contact_emails", "contact_identities", "contact_tags",
                "import_audit_log", "import_conflicts")) {
            assertEquals(after.get(table), crosswalk.snapshot().get(table), table);
        }
    }

    @Test
    void reimportingEachFileOfTheAudienceChangesNothing() throws Exception {
        Path subscribed = subscribed();
        Path unsubscribed = ByName.csv(UNSUBSCRIBED, List.of(Map.of("Email Address", "fay@example.com",
                "MEMBER_RATING", "2", "UNSUB_TIME", "2024-02-02 02:02:02"))).write(home.resolve("unsub.csv"));
        Path cleaned = ByName.csv(CLEANED, List.of(Map.of("Email Address", "gus@example.com", "MEMBER_RATING", "1",
                "CLEAN_TIME", "2025-11-02 10:00:00"))).write(home.resolve("cleaned.csv"));
        for (Path file : List.of(subscribed, unsubscribed, cleaned)) {
            assertEquals("applied", crosswalk.importFile(file, "mailchimp").status());
        }
        Map<String, List<Map<String, Object>>> after = crosswalk.snapshot();

        for (Path file : List.of(subscribed, unsubscribed, cleaned)) {
            BatchReport again = crosswalk.importFile(file, "mailchimp");
            assertEquals("duplicate", again.status(), file.toString());
        }
        assertEquals(after, crosswalk.snapshot());
    }

    @Test
    void aRowWhoseFirstColumnIsNoEmailIsRejected() throws Exception {
        Path file = raw("broken.csv", CLASSIC_HEADER,
                "Ann Lee,Ann,Lee,2,,,,,,,,,,,,,,,",
                ",Nobody,,2,,,,,,,,,,,,,,a1b2c3d4e5,");

        BatchReport report = crosswalk.importFile(file, "mailchimp");

        assertEquals(2, report.rowCount("rejected"));
        List<String> rejected = Files.readAllLines(Path.of(report.files().get("rejected")));
        assertTrue(rejected.get(1).contains("Ann Lee"), rejected.get(1));
        assertTrue(rejected.get(2).contains("no email in the first column (Email Address)"), rejected.get(2));
        assertEquals(0, crosswalk.count("select count(*) from contacts"));
    }
}
