package dev.crosswalk.merge;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A merge moves everything to the kept contact and never loses an opt-in; an unmerge restores both. */
class MergeTest {

    @TempDir
    Path home;
    TestCrosswalk crosswalk;
    MergeService merges;
    long ann;
    long annOther;

    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home);
        CrosswalkSettings settings = CrosswalkSettings.load(Map.of("crosswalk.home", home.toString()));
        merges = CompositionRoot.on(settings, crosswalk.dataSource()).merges();
        Map<String, String> a = person("106604827", "Ann", "Lee", "ann@example.com");
        a.put("Tags", "quiz");
        a.put("Products", "Bali Retreat");
        Map<String, String> b = person("106604900", "Ann", "", "ann.lee@work.example");
        b.put("Tags", "quiz, VIP");
        b.put("Phone Number (phone_number)", "+1 303 555 0100");
        crosswalk.importFile(new KajabiPeople().person(a).person(b).write(home.resolve("people.csv")), "kajabi");
        CsvFixture segment = new CsvFixture(List.of("Name", "First Name", "Last Name", "Email", "Created At",
                "Member Created At"));
        segment.row(List.of("Ann", "Ann", "", "ann.lee@work.example", "2024-05-06 18:01:32 -0700", ""));
        Path file = segment.write(home.resolve("sub.csv"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-11-01T10:00:00Z")));
        crosswalk.importFile(file, "kajabi-subscribed");
        ann = id("ann@example.com");
        annOther = id("ann.lee@work.example");
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("update contacts set lock_level = 'FULL_LOCK', lock_reason = 'person: tester' where id = "
                    + annOther);
            st.execute("insert into subscriptions (contact_id, source, external_id, status) values (" + annOther
                    + ", 'kajabi', 'S-9', 'active')");
            st.execute("insert into transactions (contact_id, source, external_id, type, amount) values ("
                    + annOther + ", 'paypal', 'T-9', 'payment', 10.00)");
        }
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    private long id(String email) throws Exception {
        return (Long) crosswalk.rows("select contact_id from contact_emails where email = '" + email + "'").get(0)
                .get("contact_id");
    }

    private Map<String, Object> contact(long id) throws Exception {
        return crosswalk.rows("select * from contacts where id = " + id).get(0);
    }

    @Test
    void aMergeMovesEverythingAndNeverLosesTheOptIn() throws Exception {
        BatchReport report = merges.merge(ann, annOther, "tester");

        assertEquals("applied", report.status(), report.message());
        Map<String, Object> kept = contact(ann);
        assertEquals(true, kept.get("email_subscribed"));
        assertEquals(true, kept.get("subscription_protected"));
        assertTrue(((String) kept.get("subscription_protected_reason")).startsWith("opt-in from kajabi-subscribed"));
        assertEquals("FULL_LOCK", kept.get("lock_level"));
        assertEquals("person: tester", kept.get("lock_reason"));
        assertEquals("+1 303 555 0100", kept.get("phone"));
        assertEquals("Lee", kept.get("last_name"));
        assertNotNull(contact(annOther).get("deleted_at"));
        assertEquals(List.of(Map.of("email", "ann.lee@work.example", "kind", "additional"),
                Map.of("email", "ann@example.com", "kind", "primary")), crosswalk.rows(
                "select email, kind from contact_emails where contact_id = " + ann + " order by email"));
        for (String table : List.of("contact_emails", "contact_identities", "contact_tags", "contact_products",
                "subscriptions", "transactions", "consent_events")) {
            assertEquals(0, crosswalk.count("select count(*) from " + table + " where contact_id = " + annOther),
                    table);
        }
        assertEquals(List.of(Map.of("name", "VIP"), Map.of("name", "quiz")), crosswalk.rows("select t.name from "
                + "contact_tags ct join tags t on t.id = ct.tag_id where contact_id = " + ann + " order by 1"));
        assertEquals(1, crosswalk.count("select count(*) from contact_merges where kept_contact_id = " + ann));
    }

    /** The values a merge fills in keep where they came from: the duplicate's entries, from its own export. */
    @Test
    void theValuesAMergeFillsInKeepWhereTheyCameFrom() throws Exception {
        Map<String, String> atHome = person("2001", "Cy", "", "cy@example.com");
        atHome.put("City (address_city)", "Denver");
        Path first = new KajabiPeople().person(atHome).write(home.resolve("cy.csv"));
        Files.setLastModifiedTime(first, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        crosswalk.importFile(first, "kajabi");
        Map<String, String> work = person("2002", "Cy", "Young", "cy@work.example");
        work.put("Phone Number (phone_number)", "+1 303 555 0199");
        Path later = new KajabiPeople().person(work).write(home.resolve("cy-work.csv"));
        Files.setLastModifiedTime(later, FileTime.from(Instant.parse("2025-06-01T00:00:00Z")));
        crosswalk.importFile(later, "kajabi");
        long cy = id("cy@example.com");
        long cyAtWork = id("cy@work.example");
        String whereFrom = "select field, source, evidence_at, batch_id, by_person from contact_field_sources "
                + "where contact_id = %d order by field";
        List<Map<String, Object>> expected = new ArrayList<>(crosswalk.rows(String.format(whereFrom, cy)));
        List<Object> cysFields = expected.stream().map(entry -> entry.get("field")).toList();
        crosswalk.rows(String.format(whereFrom, cyAtWork)).stream()
                .filter(entry -> !cysFields.contains(entry.get("field"))).forEach(expected::add);
        expected.sort(Comparator.comparing(entry -> (String) entry.get("field")));
        var before = crosswalk.snapshot().get("contact_field_sources");

        BatchReport report = merges.merge(cy, cyAtWork, "tester");

        assertEquals("applied", report.status(), report.message());
        assertEquals(List.of("+1 303 555 0199", "Young"), List.of(contact(cy).get("phone"), contact(cy).get("last_name")));
        assertTrue(expected.stream().anyMatch(entry -> entry.get("field").equals("phone")), expected.toString());
        assertEquals(expected, crosswalk.rows(String.format(whereFrom, cy)));
        long mergeId = (Long) crosswalk.rows("select id from contact_merges where kept_contact_id = " + cy).get(0)
                .get("id");
        assertEquals("applied", merges.unmerge(mergeId, false, "tester").status());
        assertEquals(before, crosswalk.snapshot().get("contact_field_sources"));
    }

    @Test
    void anUnmergeRestoresBothRecordsExactly() throws Exception {
        var before = crosswalk.snapshot();
        BatchReport merged = merges.merge(ann, annOther, "tester");
        long mergeId = ((Number) crosswalk.rows("select id from contact_merges").get(0).get("id")).longValue();

        BatchReport undone = merges.unmerge(mergeId, false, "tester");

        assertEquals("applied", undone.status(), undone.message());
        var after = crosswalk.snapshot();
        for (String table : List.of("contacts", "contact_emails", "contact_identities", "tags", "contact_tags",
                "products", "contact_products", "subscriptions", "transactions", "consent_events",
                "contact_field_sources")) {
            assertEquals(before.get(table), after.get(table), table);
        }
        assertEquals(1, crosswalk.count("select count(*) from contact_merges where undone_at is not null"));
        assertEquals("refused", merges.unmerge(mergeId, false, "tester").status());
        assertEquals("merge", crosswalk.rows("select kind from import_batches where id = " + merged.batch())
                .get(0).get("kind"));
    }

    @Test
    void aMergeRecordedBeforeProvenanceWasOneRowPerContactIsUndoneExactly() throws Exception {
        var before = crosswalk.snapshot();
        merges.merge(ann, annOther, "tester");
        long mergeId = ((Number) crosswalk.rows("select id from contact_merges").get(0).get("id")).longValue();
        // as a merge recorded before V180 holds them: the snapshots name the rows of the old table by id
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into contact_field_source_ids (id, contact_id, field) select 1000 + row_number() "
                    + "over (order by o.contact_id, e.key), o.contact_id, e.key from (select kept_contact_id as "
                    + "contact_id, kept_snapshot -> 'contact_provenance' as doc from contact_merges where id = " + mergeId
                    + " union all select merged_contact_id, merged_snapshot -> 'contact_provenance' from contact_merges"
                    + " where id = " + mergeId + ") o, jsonb_each(o.doc) e");
            for (String snapshot : List.of("kept_snapshot", "merged_snapshot")) {
                long owner = snapshot.equals("kept_snapshot") ? ann : annOther;
                st.execute("update contact_merges set " + snapshot + " = " + snapshot + " - 'contact_provenance' || "
                        + "jsonb_build_object('contact_field_sources', (select jsonb_agg(i.id) from "
                        + "contact_field_source_ids i where i.contact_id = " + owner + ")) where id = " + mergeId);
            }
        }

        BatchReport undone = merges.unmerge(mergeId, false, "tester");

        assertEquals("applied", undone.status(), undone.message());
        assertEquals(before.get("contact_field_sources"), crosswalk.snapshot().get("contact_field_sources"));
    }

    @Test
    void anUnmergeRefusesOverLaterChangesUnlessForced() throws Exception {
        merges.merge(ann, annOther, "tester");
        long mergeId = ((Number) crosswalk.rows("select id from contact_merges").get(0).get("id")).longValue();
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("update contacts set lock_level = 'UNLOCKED', lock_reason = null where id = " + ann);
        }
        Map<String, String> moved = person("106604827", "Ann", "Lee", "ann@example.com");
        moved.put("City (address_city)", "Denver");
        BatchReport later = crosswalk.importFile(new KajabiPeople().person(moved).write(home.resolve("w2.csv")),
                "kajabi");

        BatchReport refused = merges.unmerge(mergeId, false, "tester");

        assertEquals("refused", refused.status());
        assertTrue(refused.message().contains("batch " + later.batch() + " (import) contacts " + ann + " city"),
                refused.message());
        assertEquals("applied", merges.unmerge(mergeId, true, "tester").status());
        assertEquals(null, contact(ann).get("city"));
        assertEquals(null, contact(annOther).get("deleted_at"));
    }

    @Test
    void rollingBackAMergeBatchAlsoRestoresBothRecords() throws Exception {
        var before = crosswalk.snapshot();
        BatchReport merged = merges.merge(ann, annOther, "tester");

        BatchReport rollback = CompositionRoot.on(CrosswalkSettings.load(Map.of("crosswalk.home", home.toString())), crosswalk.dataSource()).rollbacks().rollback(merged.batch(), false,
                "tester");

        assertEquals("applied", rollback.status(), rollback.message());
        var after = crosswalk.snapshot();
        for (String table : List.of("contacts", "contact_emails", "contact_identities", "tags", "contact_tags",
                "products", "contact_products", "subscriptions", "transactions", "consent_events",
                "contact_merges")) {
            assertEquals(before.get(table), after.get(table), table);
        }
    }

    @Test
    void aMergeThatCannotBeDoneIsRefusedAndChangesNothing() throws Exception {
        var before = crosswalk.snapshot();

        assertEquals("refused", merges.merge(ann, ann, "tester").status());
        assertEquals("refused", merges.merge(ann, 9999, "tester").status());

        assertEquals(before, crosswalk.snapshot());
    }
}
