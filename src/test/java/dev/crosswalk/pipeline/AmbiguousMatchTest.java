package dev.crosswalk.pipeline;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmbiguousMatchTest {

    @Test
    void aRowPointingAtTwoContactsOneLockedByAPersonChangesNothingAndAsksForAMerge(@TempDir Path home)
            throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            crosswalk.importFile(new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                    .person(person("2", "Ann", "Lee", "ann.lee@example.org")).write(home.resolve("two.csv")), "kajabi");
            // a person's lock on the second: the row that names both asks, it does not merge them itself
            crosswalk.lockByPerson(crosswalk.count("select id from contacts where email = 'ann.lee@example.org'"),
                    "PARTIAL_LOCK");
            Map<String, List<Map<String, Object>>> contactsBefore = Map.of("contacts",
                    crosswalk.rows("select * from contacts order by id"));

            // Kajabi id 1 belongs to one contact, the email to the other
            BatchReport report = crosswalk.importFile(new KajabiPeople()
                    .person(person("1", "Annie", "Lee", "ann.lee@example.org")).write(home.resolve("both.csv")),
                    "kajabi");

            assertEquals(1, report.rowCount("conflict"));
            assertEquals(Map.of("AMBIGUOUS", 1L), report.conflicts());
            assertEquals(contactsBefore, Map.of("contacts", crosswalk.rows("select * from contacts order by id")));
            List<Map<String, Object>> conflict = crosswalk.rows(
                    "select field, current_value, incoming_value, reason from import_conflicts");
            assertEquals(1, conflict.size());
            assertEquals("AMBIGUOUS", conflict.get(0).get("reason"));
            assertEquals("ann.lee@example.org", conflict.get(0).get("incoming_value"));
        }
    }
}
