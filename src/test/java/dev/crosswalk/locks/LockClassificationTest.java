package dev.crosswalk.locks;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.sample.DemoSet;
import dev.crosswalk.source.Sources;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lock levels follow the data's sources and manual edits, and a level a person set is never lowered. */
class LockClassificationTest {

    @TempDir
    Path home;
    TestCrosswalk crosswalk;

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    private void start(boolean auto) throws Exception {
        crosswalk = TestCrosswalk.start(home, false, Map.of("crosswalk.locks.auto-classify", Boolean.toString(auto)));
    }

    private LockService locks() {
        return CompositionRoot.on(CrosswalkSettings.load(Map.of("crosswalk.home",
                home.toString())), crosswalk.dataSource()).locks();
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private long id(String first) throws Exception {
        return (Long) crosswalk.rows("select id from contacts where first_name = '" + first + "'").get(0).get("id");
    }

    /** Seven people from Kajabi, then other sources' data, a hand-kept list, a person's level and an edit. */
    private void mixedData() throws Exception {
        KajabiPeople file = new KajabiPeople();
        String[] names = {"Ann", "Bob", "Cy", "Dee", "Eve", "Fay", "Gus"};
        for (int i = 0; i < names.length; i++) {
            file.person(person(Integer.toString(100 + i), names[i], "Test", names[i].toLowerCase() + "@example.com"));
        }
        crosswalk.importFile(file.write(home.resolve("people.csv")), "kajabi");
        sql("insert into contact_identities (contact_id, source, external_id) values (" + id("Bob")
                + ", 'paypal-payer', 'P-1'), (" + id("Cy") + ", 'zoho', 'Z-1')",
            "insert into contact_emails (contact_id, email, display, kind, source) values (" + id("Cy")
                + ", 'cy@pay.example', 'cy@pay.example', 'paypal', 'paypal')",
            "update contacts set source_system = 'manual' where first_name = 'Dee'",
            "update contacts set lock_level = 'FULL_LOCK', lock_reason = 'person: ops on 2026-11-01' "
                + "where first_name = 'Eve'",
            "update contacts set lock_level = 'FULL_LOCK', lock_reason = 'auto: 3 sources (kajabi, paypal, zoho)' "
                + "where first_name = 'Fay'",
            "insert into import_batches (id, kind, status) values (500, 'review', 'applied')",
            "insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value) "
                + "values (500, 'contacts', " + id("Gus") + ", 'update', 'city', null, 'Lyon')");
    }

    private Map<String, Object> levels() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map<String, Object> r : crosswalk.rows("select first_name, lock_level from contacts order by id")) {
            out.put((String) r.get("first_name"), r.get("lock_level"));
        }
        return out;
    }

    @Test
    void aMixedDataSetGetsTheExpectedLevelsAndAHandSetOneIsNeverLowered() throws Exception {
        start(false);
        mixedData();

        BatchReport report = locks().classify(false);

        assertEquals(Map.of("Ann", "UNLOCKED", "Bob", "PARTIAL_LOCK", "Cy", "FULL_LOCK", "Dee", "FULL_LOCK",
                "Eve", "FULL_LOCK", "Fay", "UNLOCKED", "Gus", "FULL_LOCK"), levels());
        assertEquals(Map.of("raised", 4L, "lowered", 1L, "reason_updated", 0L, "held_as_set_by_a_person", 1L),
                report.fields());
        assertEquals("auto: 2 sources (kajabi, paypal)", crosswalk.rows("select lock_reason from contacts where "
                + "first_name = 'Bob'").get(0).get("lock_reason"));
        assertEquals("person: ops on 2026-11-01", crosswalk.rows("select lock_reason from contacts where "
                + "first_name = 'Eve'").get(0).get("lock_reason"));
        assertEquals("auto: edited by a person (review batch 500)", crosswalk.rows("select lock_reason from "
                + "contacts where first_name = 'Gus'").get(0).get("lock_reason"));
        List<String> distribution = Files.readAllLines(Path.of(report.files().get("locks")));
        assertEquals(List.of("source_system,lock_level,before,after", "kajabi,FULL_LOCK,2,3",
                "kajabi,PARTIAL_LOCK,0,1", "kajabi,UNLOCKED,4,2", "manual,FULL_LOCK,0,1", "manual,UNLOCKED,1,0"),
                distribution.stream().map(l -> l.replace("\uFEFF", "")).toList());
        assertEquals(5, crosswalk.count("select count(*) from import_audit_log where batch_id = " + report.batch()
                + " and field = 'lock_level'"));
    }

    @Test
    void aPreviewChangesNothingAndCountsTheSame() throws Exception {
        start(false);
        mixedData();
        var before = crosswalk.snapshot();

        BatchReport preview = locks().classify(true);

        assertEquals(before, crosswalk.snapshot());
        assertEquals(4L, preview.fields().get("raised"));
        assertEquals("previewed", preview.status());
    }

    @Test
    void aLevelSetWithLocksSetIsNeverLoweredByClassification() throws Exception {
        start(false);
        mixedData();
        long ann = id("Ann");

        assertTrue(locks().set(ann, LockLevel.FULL_LOCK, "tester"));
        locks().classify(false);

        assertEquals("FULL_LOCK", levels().get("Ann"));
        assertTrue(((String) crosswalk.rows("select lock_reason from contacts where id = " + ann).get(0)
                .get("lock_reason")).startsWith("person: tester on "));
        assertEquals(false, locks().set(99999, LockLevel.UNLOCKED, "tester"));
    }

    /**
     * The classification after each import leaves out the contacts it created with one system's data (see
     * CreatedContactSystems): every source's export of the same people, one after another (people repeated across
     * them), then a file that creates two contacts and merges them, leave every contact where a full classification
     * puts it.
     */
    @Test
    void afterEveryImportEachContactIsWhereAFullClassificationPutsIt() throws Exception {
        start(true);
        List<DemoSet.Entry> exports = new DemoSet(new Sources(CrosswalkSettings.load().sourceOptions()),
                Instant.parse("2026-12-01T00:00:00Z")).write(home.resolve("exports"), 300);
        for (DemoSet.Entry export : exports) {
            if (export.inbox() != null) {
                crosswalk.importFile(export.file(), export.inbox());
            }
        }
        assertTrue(crosswalk.count("select count(*) from contacts where lock_level <> 'UNLOCKED'") > 20,
                "people known to several sources: " + crosswalk.rows("select lock_level, count(*) from contacts "
                        + "group by lock_level"));
        // two people the file creates, then a row naming one's id and the other's address: one person, merged
        crosswalk.importFile(new KajabiPeople().person(person("9001", "Ann", "One", "one@example.com"))
                .person(person("9002", "Ann", "Two", "two@example.com"))
                .person(person("9001", "Ann", "One", "two@example.com")).write(home.resolve("twice.csv")), "kajabi");
        assertEquals(1, crosswalk.count("select count(*) from contact_merges"));

        BatchReport full = locks().classify(false);

        assertEquals(Map.of("raised", 0L, "lowered", 0L, "reason_updated", 0L, "held_as_set_by_a_person", 0L),
                full.fields());
    }

    @Test
    void aSourceCountsAsASystemItsNameBeginsWithLiterallyNotAsAPattern() throws Exception {
        crosswalk = TestCrosswalk.start(home, false, Map.of("crosswalk.locks.auto-classify", "false",
                "crosswalk.locks.systems", "my_crm"));
        crosswalk.importFile(new KajabiPeople().person(person("1", "Bob", "Ray", "bob@example.com"))
                .person(person("2", "Ann", "Lee", "ann@example.com")).write(home.resolve("people.csv")), "kajabi");
        sql("insert into contact_identities (contact_id, source, external_id) values (" + id("Bob")
                + ", 'my_crm-contact', 'M-1'), (" + id("Ann") + ", 'myXcrm-contact', 'X-1')");

        CrosswalkSettings settings = CrosswalkSettings.load(Map.of("crosswalk.home", home.toString(),
                "crosswalk.locks.systems", "my_crm"));
        CompositionRoot.on(settings, crosswalk.dataSource()).locks().classify(false);

        assertEquals(List.of("auto: 2 sources (kajabi, my_crm)", "auto: 2 sources (kajabi, myXcrm-contact)"),
                crosswalk.rows("select lock_reason from contacts order by first_name desc").stream()
                        .map(r -> (String) r.get("lock_reason")).toList());
    }

    @Test
    void anAppliedImportClassifiesTheContactsItTouched() throws Exception {
        start(true);
        crosswalk.importFile(new KajabiPeople().person(person("1", "Bob", "Ray", "bob@example.com"))
                .person(person("2", "Ann", "Lee", "ann@example.com")).write(home.resolve("w1.csv")), "kajabi");
        sql("insert into contact_emails (contact_id, email, display, kind, source) select id, 'bob@zoho.example', "
                + "'bob@zoho.example', 'zoho', 'zoho' from contacts where first_name = 'Bob'");
        Map<String, String> bob = person("1", "Bob", "Ray", "bob@example.com");
        bob.put("City (address_city)", "Lyon");

        BatchReport batch = crosswalk.importFile(new KajabiPeople().person(bob).write(home.resolve("w2.csv")),
                "kajabi");

        assertEquals(Map.of("Bob", "PARTIAL_LOCK", "Ann", "UNLOCKED"), levels());
        assertEquals(1, crosswalk.count("select count(*) from import_audit_log where batch_id = " + batch.batch()
                + " and field = 'lock_level' and new_value = 'PARTIAL_LOCK'"));
    }
}
