package dev.crosswalk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.ByName;
import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/values.md "One person, whatever came first", through the pipeline: Ann is known to Kajabi by one address and
 * to a Kajabi segment by another (as Annie, later); her Zoho record names both. Whichever file comes first, one
 * contact is left, the same in every part; a merge the Zoho row made is undone exactly with its batch; and where a
 * person locked one of the two, the Zoho row asks in every order and changes nothing.
 */
class OnePersonImportTest {

    @TempDir
    Path home;

    private Path kajabi() throws Exception {
        return kajabi("Perth", "2025-12-01T10:00:00Z");
    }

    private Path kajabi(String city, String exportedAt) throws Exception {
        Map<String, String> ann = KajabiPeople.person("106604900", "Ann", "Lee", "ann.lee@example.com");
        ann.put("City (address_city)", city);
        ann.put("Tags", "VIP");
        return dated(new KajabiPeople().person(ann).write(home.resolve("kajabi-" + city + ".csv")), exportedAt);
    }

    private Path segment() throws Exception {
        CsvFixture csv = new CsvFixture(List.of("Name", "First Name", "Last Name", "Email", "Created At",
                "Member Created At"));
        csv.row(List.of("Annie Lee", "Annie", "Lee", "ann.work@example.net", "2024-05-06 18:01:32 -0700", ""));
        return dated(csv.write(home.resolve("work.csv")), "2025-12-05T10:00:00Z");
    }

    /** Zoho's record of Ann: both addresses, a phone and an older city (its Modified Time). */
    private Path zoho() throws Exception {
        return zoho("+1 303 555 0100", "2025-11-08 14:22:10");
    }

    private Path zoho(String phone, String modified) throws Exception {
        Map<String, String> ann = new HashMap<>();
        ann.put("Record Id", "3811008000002766271");
        ann.put("First Name", "Ann");
        ann.put("Last Name", "Lee");
        ann.put("Email", "Ann.Lee@Example.com");
        ann.put("Secondary Email", "ann.work@example.net");
        ann.put("Phone", phone);
        ann.put("Mailing City", "Boulder");
        ann.put("Created Time", "2025-11-08 14:22:10");
        ann.put("Modified Time", modified);
        return dated(ByName.csv(List.of("Record Id", "First Name", "Last Name", "Email", "Secondary Email", "Phone",
                "Mailing City", "Created Time", "Modified Time"), List.of(ann))
                .write(home.resolve("zoho-" + modified.substring(0, 10) + ".csv")), "2025-12-10T10:00:00Z");
    }

    private static Path dated(Path file, String at) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(at)));
        return file;
    }

    /** Every live contact keyed by its addresses, each part in terms that do not name the arrival. */
    private static Map<String, Object> people(TestCrosswalk crosswalk) throws Exception {
        String key = "(select string_agg(e.email, ' ' order by e.email) from contact_emails e "
                + "where e.contact_id = c.id)";
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("contacts", keyed(crosswalk.rows("select " + key + " as k, c.first_name, c.last_name, c.phone, "
                + "c.city, c.email_subscribed, c.subscription_protected, c.subscription_protected_reason, "
                + "c.email_undeliverable, c.lock_level from contacts c where c.deleted_at is null")));
        parts.put("identities", keyed(crosswalk.rows("select " + key + " as k, string_agg(i.source || ':' "
                + "|| i.external_id, ' ' order by i.source, i.external_id) as ids from contacts c "
                + "join contact_identities i on i.contact_id = c.id where c.deleted_at is null group by c.id")));
        parts.put("tags", keyed(crosswalk.rows("select " + key + " as k, string_agg(t.name, ', ' order by t.name) "
                + "as tags from contacts c join contact_tags ct on ct.contact_id = c.id "
                + "join tags t on t.id = ct.tag_id where c.deleted_at is null group by c.id")));
        // (a person's decision is dated when it was made: by a person, whatever its time)
        parts.put("field sources", keyed(crosswalk.rows("select " + key + " as k, string_agg(f.field || ' from '"
                + " || case when f.by_person then 'a person' else f.source || ' at ' || f.evidence_at::text end, "
                + "'; ' order by f.field) as sources from contacts c "
                + "join contact_field_sources f on f.contact_id = c.id where c.deleted_at is null group by c.id")));
        parts.put("open items", crosswalk.rows("select k.field, k.reason, k.incoming_value from import_conflicts k "
                + "where k.status = 'open' order by 1, 2, 3"));
        return parts;
    }

    private static Map<String, Map<String, Object>> keyed(List<Map<String, Object>> rows) {
        Map<String, Map<String, Object>> byKey = new TreeMap<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> values = new TreeMap<>(row);
            byKey.put((String) values.remove("k"), values);
        }
        return byKey;
    }

    private Map<String, Object> importInOrder(Path run, List<String> order) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(run)) {
            for (String file : order) {
                BatchReport report = switch (file) {
                    case "kajabi" -> crosswalk.importFile(kajabi(), "kajabi");
                    case "segment" -> crosswalk.importFile(segment(), "kajabi-subscribed");
                    default -> crosswalk.importFile(zoho(), "zoho");
                };
                assertEquals("applied", report.status(), file + ": " + report.message());
            }
            return people(crosswalk);
        }
    }

    @Test
    void theRowNamingBothAddressesMakesOnePersonWhicheverFileCameFirst() throws Exception {
        Map<String, Object> zohoLast = importInOrder(home.resolve("a"), List.of("kajabi", "segment", "zoho"));
        Map<String, Object> zohoFirst = importInOrder(home.resolve("b"), List.of("zoho", "kajabi", "segment"));
        Map<String, Object> zohoBetween = importInOrder(home.resolve("c"), List.of("segment", "zoho", "kajabi"));

        Map<?, ?> contacts = (Map<?, ?>) zohoLast.get("contacts");
        assertEquals(List.of("ann.lee@example.com ann.work@example.net"), List.copyOf(contacts.keySet()));
        Map<?, ?> ann = (Map<?, ?>) contacts.values().iterator().next();
        assertEquals("Annie", ann.get("first_name"), "the segment's name is the latest evidence");
        assertEquals("Perth", ann.get("city"), "Kajabi's city is newer than Zoho's");
        assertEquals("+1 303 555 0100", ann.get("phone"));
        assertEquals(true, ann.get("email_subscribed"));
        assertEquals(List.of(), zohoLast.get("open items"));
        assertEquals(zohoFirst, zohoLast);
        assertEquals(zohoFirst, zohoBetween);
    }

    @Test
    void rollingBackTheBatchThatMergedRestoresBothContactsExactly() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            crosswalk.importFile(kajabi(), "kajabi");
            crosswalk.importFile(segment(), "kajabi-subscribed");
            var before = crosswalk.dataSnapshot();
            BatchReport merged = crosswalk.importFile(zoho(), "zoho");
            assertEquals(1, crosswalk.count("select count(*) from contact_merges where batch_id = " + merged.batch()));
            assertEquals(1, crosswalk.count("select count(*) from contacts where deleted_at is null"));
            assertEquals(Map.of(), merged.conflicts());

            BatchReport rollback = root(crosswalk).rollbacks().rollback(merged.batch(), false, "tester");

            assertEquals("applied", rollback.status(), rollback.message());
            assertEquals(before, crosswalk.dataSnapshot());
        }
    }

    private Map<String, Object> lockedThenInOrder(Path run, List<String> order) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(run)) {
            crosswalk.importFile(kajabi(), "kajabi");
            crosswalk.importFile(segment(), "kajabi-subscribed");
            // a person's decision about Annie: her contact is not merged into another without that person
            crosswalk.lockByPerson(crosswalk.count("select contact_id from contact_emails "
                    + "where email = 'ann.work@example.net'"), "PARTIAL_LOCK");
            for (String file : order) {
                BatchReport report = file.equals("zoho") ? crosswalk.importFile(zoho(), "zoho")
                        : crosswalk.importFile(kajabi("Hobart", "2025-12-08T10:00:00Z"), "kajabi");
                assertEquals(file.equals("zoho") ? Map.of("AMBIGUOUS", 1L) : Map.of(), report.conflicts(), file);
            }
            assertEquals(0, crosswalk.count("select count(*) from contact_merges"));
            return people(crosswalk);
        }
    }

    @Test
    void whereAPersonLockedOneTheRowAsksInEveryOrderAndChangesNothing() throws Exception {
        Map<String, Object> zohoFirst = lockedThenInOrder(home.resolve("a"), List.of("zoho", "kajabi"));
        Map<String, Object> zohoLast = lockedThenInOrder(home.resolve("b"), List.of("kajabi", "zoho"));

        assertEquals(List.of("ann.lee@example.com", "ann.work@example.net"),
                List.copyOf(((Map<?, ?>) zohoFirst.get("contacts")).keySet()));
        assertEquals(List.of(Map.of("field", "contact", "reason", "AMBIGUOUS", "incoming_value",
                "Ann.Lee@Example.com")), zohoFirst.get("open items"));
        assertEquals(zohoFirst, zohoLast);
    }

    private static CompositionRoot root(TestCrosswalk crosswalk) {
        return CompositionRoot.on(CrosswalkSettings.load(Map.of("crosswalk.home", crosswalk.home().toString())),
                crosswalk.dataSource());
    }

    @Test
    void aMergeAPersonUndidIsNotMadeAgainByTheNextFile() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            crosswalk.importFile(kajabi(), "kajabi");
            crosswalk.importFile(segment(), "kajabi-subscribed");
            crosswalk.importFile(zoho(), "zoho");
            long merge = crosswalk.count("select id from contact_merges");
            assertEquals("applied", root(crosswalk).merges().unmerge(merge, false, "tester").status());

            BatchReport again = crosswalk.importFile(zoho("+1 303 555 0111", "2025-12-02 09:00:00"), "zoho");

            assertEquals(Map.of("AMBIGUOUS", 1L), again.conflicts());
            assertEquals(1, crosswalk.count("select count(*) from contact_merges"));
            assertEquals(2, crosswalk.count("select count(*) from contacts where deleted_at is null"));
        }
    }

    @Test
    void likelyDuplicatesAPersonKeptApartAreNotMergedByARowNamingBoth() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            KajabiPeople twice = new KajabiPeople();
            for (String[] account : new String[][] {{"106604900", "ann.lee@example.com"},
                {"106604901", "ann.work@example.net"}}) {
                Map<String, String> ann = KajabiPeople.person(account[0], "Ann", "Lee", account[1]);
                ann.put("Phone Number (phone_number)", "+1 (303) 555-0100");
                twice.person(ann);
            }
            crosswalk.importFile(dated(twice.write(home.resolve("twice.csv")), "2025-12-01T10:00:00Z"), "kajabi");
            CompositionRoot root = root(crosswalk);
            root.duplicates().find();
            long duplicate = crosswalk.count("select id from import_conflicts where reason = 'DUPLICATE'");
            // a person: two people after all
            assertEquals(0, root.reviews().resolve(duplicate, "keep", "tester").rowCount("rejected"));

            BatchReport both = crosswalk.importFile(zoho(), "zoho");

            assertEquals(Map.of("AMBIGUOUS", 1L), both.conflicts());
            assertEquals(0, crosswalk.count("select count(*) from contact_merges"));
            assertEquals(2, crosswalk.count("select count(*) from contacts where deleted_at is null"));
        }
    }
}
