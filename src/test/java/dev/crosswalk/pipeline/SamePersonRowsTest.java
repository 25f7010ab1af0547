package dev.crosswalk.pipeline;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.ByName;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11 item 6: rows of one file that reach the same contact are applied in file order, and every field they
 * change is audited, counted and in the changes file — whether the rows fall in one chunk or in several (a chunk
 * size of 1 puts every row in a chunk of its own).
 */
class SamePersonRowsTest {

    private static final List<String> MANUAL_HEADER = List.of("E-mail", "First Name", "Surname", "Phone");

    @TempDir
    Path home;
    TestCrosswalk crosswalk;

    private void start(int chunkSize) throws Exception {
        crosswalk = TestCrosswalk.start(home, false, Map.of("crosswalk.import.chunk-size", Integer.toString(chunkSize)));
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    private static List<String> changes(BatchReport report) throws Exception {
        return Files.readAllLines(Path.of(report.files().get("changes"))).stream().skip(1).toList();
    }

    private List<Map<String, Object>> audit(BatchReport report) throws Exception {
        return crosswalk.rows("select field, coalesce(old_value, '') as old_value, new_value from import_audit_log "
                + "where batch_id = " + report.batch() + " and action = 'update' and table_name = 'contacts' "
                + "order by id");
    }

    @ParameterizedTest(name = "chunk size {0}")
    @ValueSource(ints = {1, 50})
    void aHandKeptListNamingOnePersonTwiceAppliesAndAuditsTheSecondRow(int chunkSize) throws Exception {
        start(chunkSize);
        Path file = ByName.csv(MANUAL_HEADER, List.of(
                Map.of("E-mail", "ANA@example.test", "First Name", "Ana", "Surname", "Diaz", "Phone", "555-0100"),
                Map.of("E-mail", "ana@example.test", "First Name", "Anna", "Surname", "Diaz", "Phone", "555-0199"),
                Map.of("E-mail", "Ana@Example.test", "First Name", "Anna", "Surname", "Diaz", "Phone", "555-0199")))
                .write(home.resolve("volunteers.csv"));

        BatchReport report = crosswalk.importFile(file, "manual");

        assertEquals(Map.of("read", 3L, "new", 1L, "updated", 1L, "unchanged", 1L, "conflict", 0L, "rejected", 0L,
                "skipped", 0L), report.rows());
        assertEquals(2L, report.fields().get("changed"));
        assertEquals(0L, report.fields().get("refused"));
        Map<String, Object> ana = crosswalk.rows("select id, email, first_name, last_name, phone, lock_level "
                + "from contacts").get(0);
        assertEquals("ANA@example.test", ana.get("email"));
        assertEquals("Anna", ana.get("first_name"));
        assertEquals("555-0199", ana.get("phone"));
        assertEquals("FULL_LOCK", ana.get("lock_level"));
        long id = (Long) ana.get("id");
        assertEquals(List.of(
                "2," + id + ",contact,,ANA@example.test,new",
                "3," + id + ",first_name,Ana,Anna,applied",
                "3," + id + ",phone,555-0100,555-0199,applied"), changes(report));
        assertEquals(List.of(Map.of("field", "first_name", "old_value", "Ana", "new_value", "Anna"),
                Map.of("field", "phone", "old_value", "555-0100", "new_value", "555-0199")), audit(report));
        assertEquals(0, crosswalk.count("select count(*) from import_conflicts"));

        BatchReport undone = CompositionRoot.on(CrosswalkSettings.load(Map.of("crosswalk.home", home.toString())), crosswalk.dataSource()).rollbacks().rollback(report.batch(), false,
                        "tester");
        assertEquals("applied", undone.status(), undone.message());
        assertEquals(0, crosswalk.count("select count(*) from contacts"));
        assertEquals(0, crosswalk.count("select count(*) from contact_emails"));
    }

    @ParameterizedTest(name = "chunk size {0}")
    @ValueSource(ints = {1, 50})
    void twoKajabiRowsOfOnePersonAreAppliedInFileOrderAndALockedPersonsAreConflictsEachTime(int chunkSize)
            throws Exception {
        start(chunkSize);
        Map<String, String> ann = person("1001", "Ann", "Lee", "ann@example.com");
        ann.put("Phone Number (phone_number)", "555-0100");
        crosswalk.importFile(new KajabiPeople().person(ann).person(person("1002", "Bob", "Ray", "bob@example.com"))
                .write(home.resolve("first.csv")), "kajabi");
        long annId = crosswalk.count("select id from contacts where email = 'ann@example.com'");
        crosswalk.lockByPerson(annId, "FULL_LOCK");
        long bobId = crosswalk.count("select id from contacts where email = 'bob@example.com'");

        Map<String, String> bobMoved = person("1002", "Bob", "Ray", "bob@example.com");
        bobMoved.put("City (address_city)", "Boulder");
        Map<String, String> bobPhoned = person("1002", "Bob", "Ray", "BOB@example.com");
        bobPhoned.put("City (address_city)", "Boulder");
        bobPhoned.put("Phone Number (phone_number)", "555-0300");
        bobPhoned.put("Tags", "Volunteer");
        Map<String, String> annAgain = person("1001", "Annie", "Lee", "ann@example.com");
        annAgain.put("Phone Number (phone_number)", "555-0199");
        Path file = new KajabiPeople()
                .person(person("1001", "Anne", "Lee", "ann@example.com"))
                .person(bobMoved)
                .person(annAgain)
                .person(bobPhoned)
                .person(bobPhoned)
                .write(home.resolve("second.csv"));

        BatchReport report = crosswalk.importFile(file, "kajabi");

        // each Kajabi record spans two lines (a custom field holds a line break): rows start at lines 2, 4, 6, …
        assertEquals(Map.of("read", 5L, "new", 0L, "updated", 2L, "unchanged", 1L, "conflict", 2L, "rejected", 0L,
                "skipped", 0L), report.rows());
        assertEquals(3L, report.fields().get("changed"));
        assertEquals(3L, report.fields().get("refused"));
        assertEquals(Map.of("LOCKED", 3L), report.conflicts());
        assertEquals(Map.of("first_name", "Ann", "phone", "555-0100"),
                crosswalk.rows("select first_name, phone from contacts where id = " + annId).get(0));
        assertEquals(Map.of("city", "Boulder", "phone", "555-0300"),
                crosswalk.rows("select city, phone from contacts where id = " + bobId).get(0));
        // one open item per question: Ann's two first names are one item, raised on line 2, showing the latest
        // proposal, both lines its evidence
        assertEquals(List.of(
                Map.of("line", 2L, "field", "first_name", "current_value", "Ann", "incoming_value", "Annie"),
                Map.of("line", 6L, "field", "phone", "current_value", "555-0100", "incoming_value", "555-0199")),
                crosswalk.rows("select line, field, current_value, incoming_value from import_conflicts "
                        + "where status = 'open' and reason = 'LOCKED' order by line, field"));
        assertEquals(List.of(Map.of("line", 2L, "proposed_value", "Anne"), Map.of("line", 6L, "proposed_value",
                "Annie")), crosswalk.rows("select e.line, e.proposed_value from import_conflict_evidence e "
                + "join import_conflicts k on k.id = e.conflict_id where k.field = 'first_name' order by e.line"));
        List<String> changes = changes(report);
        assertEquals(List.of(
                "2," + annId + ",first_name,Ann,Anne,refused: LOCKED",
                "4," + bobId + ",city,,Boulder,applied",
                "6," + annId + ",first_name,Ann,Annie,refused: LOCKED",
                "6," + annId + ",phone,555-0100,555-0199,refused: LOCKED",
                "8," + bobId + ",phone,,555-0300,applied",
                "8," + bobId + ",tag,,Volunteer,added"), changes);
        assertEquals(List.of(Map.of("field", "city", "old_value", "", "new_value", "Boulder"),
                Map.of("field", "phone", "old_value", "", "new_value", "555-0300")), audit(report));
        assertTrue(crosswalk.count("select count(*) from import_audit_log where batch_id = " + report.batch()
                + " and table_name = 'contact_tags' and record_id = " + bobId) == 1, "the tag link is audited");
    }
}
