package dev.crosswalk.source.zoho;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.ByName;
import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.ImportTestBase;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zoho CRM contacts export (docs/sources.md) through the real pipeline. */
class ZohoImportTest extends ImportTestBase {

    /** Starhouse's importer ran on a real export with these columns (VERIFIED names, its order). */
    static final List<String> STARHOUSE = List.of("Record Id", "Contact Owner", "First Name", "Last Name",
            "Contact Name", "Email", "Secondary Email", "Phone", "Mailing Street", "Mailing City", "Mailing State",
            "Mailing Zip", "Mailing Country", "Created Time", "Modified Time", "Description", "Account Name", "Tag",
            "Products");

    /** The standard module order (ref 29168001484), with a custom field whose label holds a comma. */
    static final List<String> MODULE = List.of("Record Id", "Contact Owner.id", "Contact Owner", "Lead Source",
            "First Name", "Last Name", "Account Name.id", "Account Name", "Vendor Name.id", "Vendor Name", "Email",
            "Title", "Department", "Phone", "Mobile", "Created By.id", "Created By", "Modified By.id", "Modified By",
            "Created Time", "Modified Time", "Contact Name", "Description", "Email Opt Out", "Salutation",
            "Last Activity Time", "Tag", "Reporting To.id", "Reporting To", "Unsubscribed Mode", "Unsubscribed Time",
            "Change Log Time", "First Visit", "Visitor Score", "Referrer", "Average Time Spent (Minutes)",
            "Most Recent Visit", "First Page Visited", "Number Of Chats", "Days Visited",
            "Reference Subject Matter, Use Case  & Department", "Locked", "Last Enriched Time", "Enrich Status");

    /** The other export path (ref 38016472382): Contact Id instead of Record Id. */
    static final List<String> CONTACT_ID = List.of("Contact Id", "Contact Owner.id", "Contact Owner", "First Name",
            "Last Name", "Email", "Secondary Email", "Company Name.id", "Company Name", "Mobile", "Email Opt Out",
            "Tag", "Created By.id", "Created By", "Modified By.id", "Modified By", "Unsubscribed Mode",
            "Unsubscribed Time", "Data Source");

    static Map<String, String> ann() {
        Map<String, String> v = new HashMap<>();
        v.put("Record Id", "zcrm_3811008000002766271");
        v.put("Contact Owner", "Olive Owner");
        v.put("First Name", "Ann");
        v.put("Last Name", "Lee");
        v.put("Contact Name", "Ann Lee");
        v.put("Email", "Ann.Lee@Example.com");
        v.put("Secondary Email", "ann.work@example.net");
        v.put("Phone", "+1 303 555 0100");
        v.put("Mailing Street", "1 Main St");
        v.put("Mailing City", "Boulder");
        v.put("Mailing State", "CO");
        v.put("Mailing Zip", "80301");
        v.put("Mailing Country", "United States");
        v.put("Created Time", "2025-11-08 14:22:10");
        v.put("Modified Time", "2025-11-08 14:22:10");
        v.put("Description", "met at the retreat");
        v.put("Account Name", "Lee Studio");
        v.put("Tag", "VIP; Retreat 2026");
        v.put("Products", "Private coaching");
        return v;
    }

    static Map<String, String> bob() {
        Map<String, String> v = new HashMap<>();
        v.put("Record Id", "3811008000002766272");
        v.put("First Name", "Bob");
        v.put("Last Name", "Ray");
        v.put("Email", "bob@example.org");
        v.put("Mobile", "555-0199");
        v.put("Tag", "Newsletter,VIP");
        return v;
    }

    private Path write(String name, List<String> header, List<Map<String, String>> rows) throws Exception {
        return ByName.csv(header, rows).write(home.resolve(name));
    }

    private Map<String, Object> contact(String email) throws Exception {
        return crosswalk.rows("select * from contacts where email = '" + email + "'").get(0);
    }

    @Test
    void importsTheVerifiedHeaderWithABomIdsWithoutPrefixAndTheSecondaryEmail() throws Exception {
        Path file = ByName.csv(STARHOUSE, List.of(ann(), bob())).charset(StandardCharsets.UTF_8, true)
                .write(home.resolve("Zoho_Contacts_2025_11_08.csv"));

        BatchReport report = crosswalk.importFile(file, "zoho");

        assertEquals("applied", report.status());
        assertEquals("zoho-contacts", report.format());
        assertEquals(2, report.rowCount("new"));
        Map<String, Object> ann = contact("Ann.Lee@Example.com");
        assertEquals("Ann", ann.get("first_name"));
        assertEquals("Lee", ann.get("last_name"));
        assertEquals("+1 303 555 0100", ann.get("phone"));
        assertEquals("1 Main St", ann.get("address_line1"));
        assertEquals("Boulder", ann.get("city"));
        assertEquals("CO", ann.get("region"));
        assertEquals("80301", ann.get("postal_code"));
        assertEquals("United States", ann.get("country"));
        assertEquals("zoho", ann.get("source_system"));
        assertEquals("UNLOCKED", ann.get("lock_level"));
        long id = (Long) ann.get("id");
        assertEquals(List.of(Map.of("email", "ann.lee@example.com", "kind", "primary"),
                Map.of("email", "ann.work@example.net", "kind", "additional")),
                crosswalk.rows("select email, kind from contact_emails where contact_id = " + id + " order by id"));
        assertEquals(List.of(Map.of("source", "zoho", "external_id", "3811008000002766271")),
                crosswalk.rows("select source, external_id from contact_identities where contact_id = " + id));
        assertEquals(List.of("Retreat 2026", "VIP"), tags(id));
        assertEquals(List.of("Newsletter", "VIP"), tags((Long) contact("bob@example.org").get("id")));
        assertEquals(List.of(Map.of("external_id", "3811008000002766272")),
                crosswalk.rows("select external_id from contact_identities where contact_id = "
                        + contact("bob@example.org").get("id")));
        // custom fields (Products), owners, descriptions and accounts are never read
        assertEquals(0, crosswalk.count("select count(*) from products"));
        assertFalse(crosswalk.snapshot().toString().contains("Olive Owner"));
        assertFalse(crosswalk.snapshot().toString().contains("met at the retreat"));
        assertEquals(0, crosswalk.count("select count(*) from consent_events"));
    }

    private List<String> tags(long contactId) throws Exception {
        return crosswalk.rows("select t.name from contact_tags ct join tags t on t.id = ct.tag_id where contact_id = "
                + contactId + " order by 1").stream().map(r -> (String) r.get("name")).toList();
    }

    @Test
    void anOptOutIsRecordedNeverAppliedAndALookupIdIsNeverAnIdentity(@TempDir Path zoned) throws Exception {
        crosswalk.close();
        crosswalk = TestCrosswalk.start(zoned, false, Map.of("crosswalk.import.source-zone", "America/Denver"));
        home = zoned;
        CsvFixture segment = new CsvFixture(List.of("Name", "First Name", "Last Name", "Email", "Created At",
                "Member Created At")).row(List.of("Ann Lee", "Ann", "Lee", "ann.lee@example.com", "", ""));
        crosswalk.importFile(segment.write(home.resolve("subscribed.csv")), "kajabi-subscribed");
        Map<String, String> ann = ann();
        ann.put("Contact Owner.id", "3811008000000123456");
        ann.put("Email Opt Out", "true");
        ann.put("Unsubscribed Mode", "Consent form");
        ann.put("Unsubscribed Time", "2025-10-01 09:30:00");
        ann.put("Reference Subject Matter, Use Case  & Department", "Yoga, teachers");
        Map<String, String> bob = bob();
        bob.put("Email Opt Out", "false");
        Map<String, String> cy = new HashMap<>(Map.of("Record Id", "zcrm_3811008000002766273", "First Name", "Cy",
                "Last Name", "Fox", "Email", "cy@example.com", "Email Opt Out", "true", "Locked", "false"));
        Path file = write("module.csv", MODULE, List.of(ann, bob, cy));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-11-08T20:00:00Z")));

        BatchReport report = crosswalk.importFile(file, "zoho");

        assertEquals(1, report.rowCount("updated"));
        assertEquals(2, report.rowCount("new"));
        Map<String, Object> annRow = contact("ann.lee@example.com");
        assertEquals(true, annRow.get("email_subscribed"));
        assertEquals(true, annRow.get("subscription_protected"));
        assertEquals(0, crosswalk.count("select count(*) from import_conflicts"));
        List<Map<String, Object>> events = crosswalk.rows("select c.email as contact, e.subscribed, e.applied, "
                + "e.reason, e.observed_at from consent_events e join contacts c on c.id = e.contact_id "
                + "where e.source = 'zoho' order by e.id");
        assertEquals(2, events.size(), events.toString());
        assertEquals("ann.lee@example.com", events.get(0).get("contact"));
        assertEquals(false, events.get(0).get("subscribed"));
        assertEquals(false, events.get(0).get("applied"));
        assertEquals("informational source: recorded only", events.get(0).get("reason"));
        // Unsubscribed Time is read in the configured source zone (Denver, UTC-6 in October)
        assertEquals(Instant.parse("2025-10-01T15:30:00Z"), ((Timestamp) events.get(0).get("observed_at")).toInstant());
        // without an Unsubscribed Time, the opt-out was observed when the file was exported
        assertEquals("cy@example.com", events.get(1).get("contact"));
        assertEquals(Instant.parse("2025-11-08T20:00:00Z"), ((Timestamp) events.get(1).get("observed_at")).toInstant());
        assertEquals(false, contact("cy@example.com").get("email_subscribed"));
        // Mobile stands in for a blank Phone
        assertEquals("555-0199", contact("bob@example.org").get("phone"));
        assertEquals(0, crosswalk.count("select count(*) from contact_identities where external_id like '%123456'"));
        assertFalse(crosswalk.snapshot().toString().contains("teachers"));
    }

    @Test
    void theConsentRoleIsConfiguration(@TempDir Path other) throws Exception {
        crosswalk.close();
        crosswalk = TestCrosswalk.start(other, false, Map.of("crosswalk.consent.role.zoho", "authoritative"));
        crosswalk.importFile(new CsvFixture(List.of("Name", "First Name", "Last Name", "Email", "Created At",
                "Member Created At")).row(List.of("Bob Ray", "Bob", "Ray", "bob@example.org", "", ""))
                .write(other.resolve("unsubscribed.csv")), "kajabi-unsubscribed");
        Map<String, String> bob = bob();
        bob.put("Email Opt Out", "true");
        bob.put("Unsubscribed Time", "2025-10-01 09:30:00");
        Map<String, String> ann = ann();
        ann.put("Email Opt Out", "true");

        crosswalk.importFile(ByName.csv(MODULE, List.of(ann, bob)).write(other.resolve("module.csv")), "zoho");

        assertEquals(List.of(Map.of("email", "ann.lee@example.com", "applied", true, "reason", "opt-out on creation"),
                Map.of("email", "bob@example.org", "applied", true, "reason", "already unsubscribed")),
                crosswalk.rows("select email, applied, reason from consent_events where source = 'zoho' order by id"));
    }

    @Test
    void contactIdVariantAcceptsBothIdShapesAndRejectsScientificNotationForReview() throws Exception {
        Map<String, String> ann = ann();
        ann.put("Contact Id", "zcrm_4876876000000111");
        Map<String, String> bob = bob();
        bob.put("Contact Id", "4876876000000112");
        Map<String, String> excel = new HashMap<>(Map.of("Contact Id", "5.743045E+18", "First Name", "Ed",
                "Last Name", "Cell", "Email", "ed@example.com"));
        Path file = write("Contacts_2026_02_12.csv", CONTACT_ID, List.of(ann, bob, excel));

        BatchReport report = crosswalk.importFile(file, "zoho");

        assertEquals(3, report.rowCount("read"));
        assertEquals(2, report.rowCount("new"));
        assertEquals(1, report.rowCount("rejected"));
        assertEquals(List.of(Map.of("external_id", "4876876000000111"), Map.of("external_id", "4876876000000112")),
                crosswalk.rows("select external_id from contact_identities order by 1"));
        assertEquals(0, crosswalk.count("select count(*) from contacts where email = 'ed@example.com'"));
        List<String> rejected = Files.readAllLines(Path.of(report.files().get("rejected")));
        assertTrue(rejected.get(1).startsWith("4,rejected,") && rejected.get(1).contains("scientific notation"),
                rejected.get(1));
    }

    @Test
    void theSameIdWithAndWithoutPrefixIsOnePerson() throws Exception {
        crosswalk.importFile(write("first.csv", STARHOUSE, List.of(ann())), "zoho");
        Map<String, String> renamed = ann();
        renamed.put("Record Id", "3811008000002766271");
        renamed.put("Email", "ann.new@example.org");
        renamed.put("Secondary Email", "");

        BatchReport report = crosswalk.importFile(write("second.csv", STARHOUSE, List.of(renamed)), "zoho");

        assertEquals(1, report.rowCount("updated"));
        assertEquals(1, crosswalk.count("select count(*) from contacts"));
        assertEquals(3, crosswalk.count("select count(*) from contact_emails"));
        assertEquals(1, crosswalk.count("select count(*) from import_audit_log where batch_id = " + report.batch()
                + " and table_name = 'contact_emails' and new_value = 'ann.new@example.org'"));
    }

    @Test
    void shuffledColumnsReadTheSameAndReimportingChangesNothing() throws Exception {
        Path file = write("ordered.csv", STARHOUSE, List.of(ann(), bob()));
        BatchReport first = crosswalk.importFile(file, "zoho");
        assertEquals(2, first.rowCount("new"));
        Map<String, List<Map<String, Object>>> after = crosswalk.snapshot();

        BatchReport again = crosswalk.importFile(file, "zoho");
        assertEquals("duplicate", again.status());
        assertEquals(after, crosswalk.snapshot());

        BatchReport shuffled = crosswalk.importFile(write("shuffled.csv", ByName.shuffled(STARHOUSE),
                List.of(bob(), ann())), "zoho");
        assertEquals("applied", shuffled.status());
        assertEquals(2, shuffled.rowCount("unchanged"));
        for (String table : List.of("contacts", "contact_emails", "contact_identities", "contact_tags",
                "consent_events", "import_conflicts")) {
            assertEquals(after.get(table), crosswalk.snapshot().get(table), table);
        }
        // the same values in a later export: only where they came from moves (their evidence time), audited
        assertEquals(0, crosswalk.count("select count(*) from import_audit_log where batch_id = " + shuffled.batch()
                + " and not " + TestCrosswalk.ONLY_EVIDENCE_TIMES));
        assertEquals(after.get("import_audit_log"), crosswalk.snapshot().get("import_audit_log").stream()
                .filter(row -> !row.get("batch_id").equals(shuffled.batch())).toList());
    }

    @Test
    void aZohoExportInAnotherInboxIsRefusedPointingHere() throws Exception {
        BatchReport report = crosswalk.importFile(write("zoho.csv", STARHOUSE, List.of(ann())), "kajabi");

        assertEquals("rejected", report.status());
        assertTrue(report.message().contains("inbox/zoho/"), report.message());
        assertEquals(0, crosswalk.count("select count(*) from contacts"));
    }
}
