package dev.crosswalk.source.manual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.ByName;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.ImportTestBase;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-kept lists in inbox/manual/: columns found by the configured header mapping; new contacts start locked. */
class ManualListImportTest extends ImportTestBase {

    static final List<String> HEADER = List.of("E-mail", "First Name", "Surname", "Phone", "Street", "City",
            "Postcode", "Country", "Tags", "Newsletter", "Notes");

    static List<Map<String, String>> people() {
        return List.of(
                Map.of("E-mail", "Ann@Example.com; ann.work@example.net", "First Name", "Ann", "Surname", "Lee",
                        "Phone", "555-0100", "Street", "1 Main St", "City", "Boulder", "Postcode", "80301",
                        "Country", "US", "Tags", "Volunteer; Retreat 2026", "Newsletter", "Yes"),
                Map.of("E-mail", "bob@example.org", "First Name", "Bob", "Surname", "Ray", "Newsletter", "no"),
                Map.of("E-mail", "cy@example.com", "First Name", "Cy", "Notes", "call back in May"),
                Map.of("First Name", "No", "Surname", "Email", "Newsletter", "yes"));
    }

    private Map<String, Object> contact(String email) throws Exception {
        return crosswalk.rows("select * from contacts where lower(email) = '" + email + "'").get(0);
    }

    @Test
    void theDefaultMappingCreatesLockedContactsWithTheirOptIns() throws Exception {
        Path file = ByName.csv(HEADER, people()).charset(StandardCharsets.UTF_8, true)
                .write(home.resolve("volunteers.csv"));

        BatchReport report = crosswalk.importFile(file, "manual");

        assertEquals("manual-list", report.format());
        assertEquals(3, report.rowCount("new"));
        assertEquals(1, report.rowCount("rejected"));
        Map<String, Object> ann = contact("ann@example.com");
        assertEquals("Ann@Example.com", ann.get("email"));
        assertEquals("Lee", ann.get("last_name"));
        assertEquals("555-0100", ann.get("phone"));
        assertEquals("1 Main St", ann.get("address_line1"));
        assertEquals("80301", ann.get("postal_code"));
        assertEquals("FULL_LOCK", ann.get("lock_level"));
        assertEquals("auto: hand-kept list", ann.get("lock_reason"));
        assertEquals("manual", ann.get("source_system"));
        assertEquals(true, ann.get("email_subscribed"));
        assertEquals(true, ann.get("subscription_protected"));
        assertEquals(List.of(Map.of("email", "ann@example.com", "kind", "primary"),
                Map.of("email", "ann.work@example.net", "kind", "additional")), crosswalk.rows(
                "select email, kind from contact_emails where contact_id = " + ann.get("id") + " order by id"));
        assertEquals(List.of("Retreat 2026", "Volunteer"), crosswalk.rows("select t.name from contact_tags ct "
                + "join tags t on t.id = ct.tag_id where contact_id = " + ann.get("id") + " order by 1").stream()
                .map(r -> r.get("name")).toList());
        // "no" and a blank are not opt-outs: only Ann's yes is an observation
        assertEquals(List.of(Map.of("email", "ann@example.com", "subscribed", true, "applied", true)),
                crosswalk.rows("select email, subscribed, applied from consent_events"));
        assertEquals(false, contact("bob@example.org").get("email_subscribed"));
        assertEquals(3, crosswalk.count("select count(*) from contacts where lock_level = 'FULL_LOCK'"));
        assertFalse(crosswalk.snapshot().toString().contains("call back"), "unmapped columns are never stored");
        assertTrue(Files.readAllLines(Path.of(report.files().get("rejected"))).get(1)
                .startsWith("5,rejected,no usable email or id"));
    }

    @Test
    void aConfiguredMappingReadsOtherHeadersAndYesValues(@TempDir Path other) throws Exception {
        crosswalk.close();
        crosswalk = TestCrosswalk.start(other, false, Map.of("crosswalk.manual.column.email", "Contact",
                "crosswalk.manual.column.name", "Who", "crosswalk.manual.column.opt-in", "Mailing OK",
                "crosswalk.manual.opt-in.yes-values", "ja, oui"));
        Path file = ByName.csv(List.of("Who", "Contact", "Mailing OK"), List.of(
                Map.of("Who", "Lee, Ann", "Contact", "ann@example.com", "Mailing OK", "JA"),
                Map.of("Who", "Bob Ray", "Contact", "bob@example.org", "Mailing OK", "yes")))
                .write(other.resolve("stall.csv"));

        BatchReport report = crosswalk.importFile(file, "manual");

        assertEquals(2, report.rowCount("new"));
        assertEquals("Ann", contact("ann@example.com").get("first_name"));
        assertEquals("Lee", contact("ann@example.com").get("last_name"));
        assertEquals("Ray", contact("bob@example.org").get("last_name"));
        assertEquals(true, contact("ann@example.com").get("email_subscribed"));
        // "yes" is not one of this configuration's yes-values
        assertEquals(false, contact("bob@example.org").get("email_subscribed"));
    }

    @Test
    void aListWithoutAnEmailColumnIsRefusedSayingWhatItNeeds() throws Exception {
        Path file = ByName.csv(List.of("First Name", "Surname", "Phone"),
                List.of(Map.of("First Name", "Ann", "Surname", "Lee", "Phone", "555-0100")))
                .write(home.resolve("phones.csv"));

        BatchReport report = crosswalk.importFile(file, "manual");

        assertEquals("rejected", report.status());
        assertTrue(report.message().contains("an email column named Email or E-mail"), report.message());
        assertTrue(report.message().contains("crosswalk.manual.column.email"), report.message());
        assertEquals(0, crosswalk.count("select count(*) from contacts"));
    }

    @Test
    void anExportAnotherInboxReadsIsRefusedNotLocked() throws Exception {
        Path file = new KajabiPeople().person(KajabiPeople.person("1", "Ann", "Lee", "ann@example.com"))
                .write(home.resolve("people.csv"));

        BatchReport report = crosswalk.importFile(file, "manual");

        assertEquals("rejected", report.status());
        assertTrue(report.message().contains("inbox/kajabi/"), report.message());
        assertEquals(0, crosswalk.count("select count(*) from contacts"));
    }

    @Test
    void aKnownContactKeepsItsLockAndGetsWhatItsLockAllows() throws Exception {
        crosswalk.importFile(new KajabiPeople().person(KajabiPeople.person("1", "Ann", "Lee", "ann@example.com"))
                .write(home.resolve("people.csv")), "kajabi");

        BatchReport report = crosswalk.importFile(ByName.csv(HEADER, people().subList(0, 1))
                .write(home.resolve("list.csv")), "manual");

        assertEquals(1, report.rowCount("updated"));
        Map<String, Object> ann = contact("ann@example.com");
        // the row was applied under UNLOCKED; then lock classification saw a hand-kept list know the contact
        // (whichever source created it: docs/values.md)
        assertEquals("FULL_LOCK", ann.get("lock_level"));
        assertTrue(((String) ann.get("lock_reason")).startsWith("auto:"), (String) ann.get("lock_reason"));
        assertEquals("kajabi", ann.get("source_system"));
        assertEquals("Boulder", ann.get("city"));
        assertEquals(true, ann.get("email_subscribed"));
    }

    @Test
    void shuffledColumnsReadTheSameAndReimportingChangesNothing() throws Exception {
        Path file = ByName.csv(HEADER, people()).write(home.resolve("list.csv"));
        crosswalk.importFile(file, "manual");
        Map<String, List<Map<String, Object>>> after = crosswalk.snapshot();

        assertEquals("duplicate", crosswalk.importFile(file, "manual").status());
        assertEquals(after, crosswalk.snapshot());

        BatchReport shuffled = crosswalk.importFile(ByName.csv(ByName.shuffled(HEADER), people())
                .write(home.resolve("shuffled.csv")), "manual");
        assertEquals(3, shuffled.rowCount("unchanged"));
        assertEquals(1, shuffled.rowCount("rejected"));
        for (String table : List.of("contacts", "contact_emails", "contact_tags", "import_conflicts")) {
            assertEquals(after.get(table), crosswalk.snapshot().get(table), table);
        }
        // the same values in a later export: only where they came from moves (their evidence time, and the opt-in's
        // reason, which names the greatest opt-in: docs/values.md), audited
        assertEquals(0, crosswalk.count("select count(*) from import_audit_log where batch_id = " + shuffled.batch()
                + " and not " + TestCrosswalk.ONLY_EVIDENCE_TIMES
                + " and not (table_name = 'contacts' and field = 'subscription_protected_reason')"));
        assertEquals(after.get("import_audit_log"), crosswalk.snapshot().get("import_audit_log").stream()
                .filter(row -> !row.get("batch_id").equals(shuffled.batch())).toList());
    }
}
