package dev.crosswalk.rollback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One person twice in a file, a chunk apart: the first row's patch names some fields (its own entries, the stored
 * shared one left to the others), the second names them all and brings a shared entry of its own. Undo puts back
 * where every value came from as the first file left it, from the first "before" of each field.
 */
class SharedProvenanceRollbackTest {

    private static final String SOURCES = "select field, source, evidence_at, batch_id, by_person, decided_by "
            + "from contact_field_sources where contact_id = (select id from contacts where email = 'ann@example.com')"
            + " order by field";

    @TempDir
    Path home;

    @Test
    void undoPutsBackEveryEntryOfAContactPatchedTwiceInOneBatch() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, false,
                Map.of("crosswalk.import.chunk-size", "1"))) {
            RollbackService rollbacks = CompositionRoot.on(CrosswalkSettings.load(Map.of("crosswalk.home",
                    home.toString())), crosswalk.dataSource()).rollbacks();
            KajabiPeople first = new KajabiPeople().person(ann("Ann", "Lee", "York"));
            assertEquals(1L, crosswalk.importFile(first.write(home.resolve("first.csv"), "2026-01-01T00:00:00Z"),
                    "kajabi").rowCount("new"));
            List<Map<String, Object>> sources = crosswalk.rows(SOURCES);
            List<Map<String, Object>> values = crosswalk.rows("select first_name, last_name, city from contacts");

            KajabiPeople later = new KajabiPeople().person(ann("", "", "Leeds")).person(ann("Ann", "Lee", "Leeds"));
            BatchReport twice = crosswalk.importFile(later.write(home.resolve("later.csv"),
                    "2026-02-01T00:00:00Z"), "kajabi");
            List<Map<String, Object>> befores = crosswalk.rows("select old_value from import_audit_log"
                    + " where batch_id = " + twice.batch() + " and table_name = 'contact_provenance' order by id");
            assertEquals(2, befores.size(), "one patch a chunk");
            assertFalse(befores.get(0).get("old_value").toString().contains("\"*\""), "the first names city only");
            assertTrue(befores.get(1).get("old_value").toString().contains("\"*\""), "the second shares one");
            assertEquals(List.of(Map.of("first_name", "Ann", "last_name", "Lee", "city", "Leeds")),
                    crosswalk.rows("select first_name, last_name, city from contacts"));

            BatchReport undo = rollbacks.rollback(twice.batch(), false, "tester");

            assertEquals("applied", undo.status(), undo.message());
            assertEquals(values, crosswalk.rows("select first_name, last_name, city from contacts"));
            assertEquals(sources, crosswalk.rows(SOURCES));
        }
    }

    private static Map<String, String> ann(String first, String last, String city) {
        Map<String, String> person = new HashMap<>(KajabiPeople.person("k1", first, last, "ann@example.com"));
        person.put("City (address_city)", city);
        return person;
    }
}
