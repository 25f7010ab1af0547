package dev.crosswalk.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.support.ImportTestBase;
import dev.crosswalk.support.KajabiPeople;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A chunk's changed contacts go to the database as one array a column: whatever a value holds (the characters an
 * array literal quotes or escapes, the word NULL, letters beyond ASCII) is stored as the export wrote it, each on
 * its own contact.
 */
class ContactUpdatesTest extends ImportTestBase {

    private static final List<String> AWKWARD = List.of("O\"Brien", "back\\slash", "{braces}", "comma, inside",
            "NULL", "Zoë Ødegård", "  ");

    @Test
    void everyChangedValueIsStoredAsTheExportWroteIt() throws Exception {
        KajabiPeople first = new KajabiPeople();
        KajabiPeople later = new KajabiPeople();
        for (int i = 0; i < AWKWARD.size(); i++) {
            first.person(person(i, "Before" + i, "Plain"));
            later.person(person(i, "Before" + i, AWKWARD.get(i)));
        }
        assertEquals((long) AWKWARD.size(), crosswalk.importFile(first.write(home.resolve("first.csv"),
                "2026-01-01T00:00:00Z"), "kajabi").rowCount("new"));

        long updated = crosswalk.importFile(later.write(home.resolve("later.csv"), "2026-02-01T00:00:00Z"),
                "kajabi").rowCount("updated");

        for (int i = 0; i < AWKWARD.size(); i++) {
            String expected = AWKWARD.get(i).isBlank() ? "Plain" : AWKWARD.get(i);
            assertEquals(List.of(Map.of("first_name", "Before" + i, "city", expected)), crosswalk.rows(
                    "select first_name, city from contacts where email = 'p" + i + "@example.com'"), "person " + i);
        }
        assertEquals(AWKWARD.size() - 1L, updated, "a blank in a later export leaves the value");
    }

    private static Map<String, String> person(int i, String first, String city) {
        Map<String, String> p = new HashMap<>(KajabiPeople.person("k" + i, first, "Last" + i,
                "p" + i + "@example.com"));
        p.put("City (address_city)", city);
        return p;
    }
}
