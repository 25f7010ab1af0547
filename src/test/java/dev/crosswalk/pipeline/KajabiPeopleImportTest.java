package dev.crosswalk.pipeline;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.ImportTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KajabiPeopleImportTest extends ImportTestBase {

    private static Map<String, String> ann() {
        Map<String, String> p = person("106604827", "Ann", "Lee", "Ann.Lee@Example.com");
        p.put("Member ID", "88001234");
        p.put("Phone Number (phone_number)", "555-0100");
        p.put("Address (address_line_1)", "1 Main St");
        p.put("City (address_city)", "Boulder");
        p.put("State (address_state)", "CO");
        p.put("Zip Code (address_zip)", "80301");
        p.put("Country (address_country)", "US");
        p.put("Tags", "quiz, Bali 2027 Attendee");
        p.put("Products", "Masterclass");
        return p;
    }

    @Test
    void importsNewContactsWithIdentitiesAddressTagsAndProducts() throws Exception {
        Path file = new KajabiPeople().person(ann())
                .person(person("106604828", "Bob", "Ray", "bob@example.org")).write(home.resolve("people.csv"));

        BatchReport report = crosswalk.importFile(file, "kajabi");

        assertEquals("applied", report.status());
        assertEquals("kajabi-people", report.format());
        assertEquals(2, report.rowCount("read"));
        assertEquals(2, report.rowCount("new"));
        Map<String, Object> ann = crosswalk.rows("select * from contacts where email = 'Ann.Lee@Example.com'").get(0);
        assertEquals("Ann", ann.get("first_name"));
        assertEquals("555-0100", ann.get("phone"));
        assertEquals("1 Main St", ann.get("address_line1"));
        assertEquals("Boulder", ann.get("city"));
        assertEquals("CO", ann.get("region"));
        assertEquals("80301", ann.get("postal_code"));
        assertEquals("kajabi", ann.get("source_system"));
        assertEquals("UNLOCKED", ann.get("lock_level"));
        assertEquals(false, ann.get("email_subscribed"));
        long id = (Long) ann.get("id");
        assertEquals(List.of(Map.of("email", "ann.lee@example.com", "display", "Ann.Lee@Example.com", "kind", "primary")),
                crosswalk.rows("select email, display, kind from contact_emails where contact_id = " + id));
        assertEquals(List.of(Map.of("source", "kajabi", "external_id", "106604827"),
                Map.of("source", "kajabi-member", "external_id", "88001234")),
                crosswalk.rows("select source, external_id from contact_identities where contact_id = " + id
                        + " order by source"));
        assertEquals(List.of(Map.of("name", "Bali 2027 Attendee"), Map.of("name", "quiz")), crosswalk.rows(
                "select t.name from contact_tags ct join tags t on t.id = ct.tag_id where contact_id = " + id
                        + " order by 1"));
        assertEquals(1, crosswalk.count("select count(*) from contact_products where contact_id = " + id));
        // the contacts name the batch that created them instead of an audit row each
        assertEquals(2, crosswalk.count("select count(*) from contacts where created_batch_id = " + report.batch()));
        assertEquals(0, crosswalk.count("select count(*) from import_audit_log where table_name = 'contacts'"));
    }

    @Test
    void secondSnapshotReportsUpdatedAndUnchangedWithAFieldLevelAudit() throws Exception {
        crosswalk.importFile(new KajabiPeople().person(ann())
                .person(person("106604828", "Bob", "Ray", "bob@example.org")).write(home.resolve("week1.csv")), "kajabi");
        Map<String, String> moved = ann();
        moved.put("City (address_city)", "Denver");
        moved.put("Tags", "quiz, Bali 2027 Attendee, VIP");

        BatchReport report = crosswalk.importFile(new KajabiPeople().person(moved)
                .person(person("106604828", "Bob", "Ray", "bob@example.org")).write(home.resolve("week2.csv")), "kajabi");

        assertEquals(1, report.rowCount("updated"));
        assertEquals(1, report.rowCount("unchanged"));
        assertEquals(0, report.rowCount("new"));
        assertEquals("Denver", crosswalk.rows("select city from contacts where email = 'Ann.Lee@Example.com'")
                .get(0).get("city"));
        // where values came from is audited apart (docs/values.md), checked below
        List<Map<String, Object>> audit = crosswalk.rows("select table_name, action, field, old_value, new_value "
                + "from import_audit_log where batch_id = " + report.batch()
                + " and table_name <> 'contact_provenance' order by id");
        assertEquals(List.of(
                Map.of("table_name", "contacts", "action", "update", "field", "city", "old_value", "Boulder",
                        "new_value", "Denver"),
                row("tags", "insert", null, null, "VIP"),
                row("contact_tags", "insert", "tag", null, "VIP")), audit);
        assertEquals(2, crosswalk.count("select count(*) from contacts"));
        // the city comes from the second export; the unchanged name is restated by it, stored by the first
        assertEquals(List.of(Map.of("field", "city", "batch", report.batch()),
                Map.of("field", "first_name", "batch", report.batch() - 1)), crosswalk.rows(
                "select s.field, s.batch_id as batch from contact_field_sources s join contacts c on c.id = s.contact_id "
                        + "where c.email = 'Ann.Lee@Example.com' and s.field in ('city', 'first_name') order by 1"));
    }

    private static Map<String, Object> row(String table, String action, String field, String old, String value) {
        Map<String, Object> m = new HashMap<>();
        m.put("table_name", table);
        m.put("action", action);
        m.put("field", field);
        m.put("old_value", old);
        m.put("new_value", value);
        return m;
    }

    @Test
    void matchesByAnyKnownEmailIgnoringCaseAndSpaces() throws Exception {
        crosswalk.importFile(new KajabiPeople().person(ann()).write(home.resolve("first.csv")), "kajabi");
        long id = crosswalk.count("select id from contacts");
        crosswalk.rows("select 1"); // connection sanity
        try (var c = crosswalk.dataSource().getConnection(); var st = c.createStatement()) {
            st.execute("insert into contact_emails (contact_id, email, display, kind, source) values (" + id
                    + ", 'ann.work@example.net', 'ann.work@example.net', 'additional', 'manual')");
        }
        // no Kajabi id: matched only by the additional email, spelled differently
        Map<String, String> byWorkEmail = person("", "Ann", "Lee", "  ANN.Work@Example.NET ");
        byWorkEmail.put("Phone Number (phone_number)", "555-0100");
        Map<String, String> byPrimaryVariant = person("", "Ann", "Lee", " ann.lee@EXAMPLE.com");

        BatchReport report = crosswalk.importFile(new KajabiPeople().person(byWorkEmail).person(byPrimaryVariant)
                .write(home.resolve("second.csv")), "kajabi");

        assertEquals(0, report.rowCount("new"));
        assertEquals(1, crosswalk.count("select count(*) from contacts"));
        assertEquals(2, crosswalk.count("select count(*) from contact_emails"));
    }

    @Test
    void repeatedRowsInOneFileMatchEachOther() throws Exception {
        Map<String, String> again = ann();
        again.put("Email", "ann.lee@example.com ");
        again.put("Tags", "second-visit");
        Map<String, String> sameIdNewEmail = ann();
        sameIdNewEmail.put("Email", "ann.new@example.org");

        BatchReport report = crosswalk.importFile(new KajabiPeople().person(ann()).person(again).person(sameIdNewEmail)
                .write(home.resolve("dupes.csv")), "kajabi");

        assertEquals(3, report.rowCount("read"));
        assertEquals(1, report.rowCount("new"));
        assertEquals(2, report.rowCount("updated"));
        assertEquals(1, crosswalk.count("select count(*) from contacts"));
        assertEquals(2, crosswalk.count("select count(*) from contact_emails"));
        assertEquals(3, crosswalk.count("select count(*) from contact_tags"));
    }

    @Test
    void unmappedColumnsAreNeverStored() throws Exception {
        Path file = new KajabiPeople().person(ann()).write(home.resolve("cards.csv"));

        crosswalk.importFile(file, "kajabi");

        for (Map.Entry<String, List<Map<String, Object>>> table : crosswalk.snapshot().entrySet()) {
            String dump = table.getValue().toString();
            assertFalse(dump.contains("4111 1111 1111 1111"), "card number stored in " + table.getKey());
            // the column's name may be listed (the report names the columns nothing reads), never its values
            assertFalse(dump.contains("Growing") || dump.contains("@learning"),
                    "custom field stored in " + table.getKey());
        }
        String changes = Files.readString(crosswalk.outbox().resolve("reports")
                .resolve(crosswalk.count("select max(id) from import_batches") + "-changes.csv"));
        assertFalse(changes.contains("4111 1111 1111 1111"));
        assertTrue(changes.contains("Ann.Lee@Example.com"));
    }

    @Test
    void rowsWithoutEmailOrIdAreRejectedWithTheirLine() throws Exception {
        Path file = new KajabiPeople().person(ann()).person(person("", "No", "Key", ""))
                .person(person("", "Bad", "Email", "not-an-email")).write(home.resolve("bad-rows.csv"));

        BatchReport report = crosswalk.importFile(file, "kajabi");

        assertEquals(3, report.rowCount("read"));
        assertEquals(1, report.rowCount("new"));
        assertEquals(2, report.rowCount("rejected"));
        List<String> rejected = Files.readAllLines(Path.of(report.files().get("rejected")));
        assertEquals(3, rejected.size());
        // the header is line 1 and Ann's row spans two lines (a quoted newline in a custom field)
        assertTrue(rejected.get(1).startsWith("4,rejected,no usable email or id"), rejected.get(1));
        assertTrue(rejected.get(2).startsWith("6,rejected,") && rejected.get(2).contains("not-an-email"),
                rejected.get(2));
    }
}
