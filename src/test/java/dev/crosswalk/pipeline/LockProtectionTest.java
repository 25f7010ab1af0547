package dev.crosswalk.pipeline;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each lock level lets an import change only its field groups; a refused change is a conflict. */
class LockProtectionTest {

    @TempDir
    Path home;
    TestCrosswalk crosswalk;

    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home);
        Map<String, String> p = person("1001", "Ann", "Lee", "ann@example.com");
        p.put("Phone Number (phone_number)", "555-0100");
        p.put("City (address_city)", "Boulder");
        crosswalk.importFile(new KajabiPeople().person(p).write(home.resolve("first.csv")), "kajabi");
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    /** A person sets the level ({@code locks set}): the values of the groups it closes become theirs. */
    private void lock(String level) throws Exception {
        crosswalk.lockEveryContactByPerson(level);
    }

    private BatchReport importChanged() throws Exception {
        Map<String, String> p = person("1001", "Anne", "Lee", "ann@example.com");
        p.put("Phone Number (phone_number)", "555-0199");
        p.put("City (address_city)", "Boulder");
        return crosswalk.importFile(new KajabiPeople().person(p).write(home.resolve("changed.csv")), "kajabi");
    }

    @ParameterizedTest
    @CsvSource({
        "UNLOCKED,     Anne, 555-0199, updated,  0",
        "PARTIAL_LOCK, Ann,  555-0100, conflict, 2",
        "FULL_LOCK,    Ann,  555-0100, conflict, 2"})
    void eachLockLevelAppliesOnlyItsFieldGroups(String level, String firstName, String phone, String outcome,
            int conflicts) throws Exception {
        lock(level);

        BatchReport report = importChanged();

        assertEquals(1, report.rowCount(outcome));
        Map<String, Object> row = crosswalk.rows("select first_name, phone, lock_level from contacts").get(0);
        assertEquals(firstName, row.get("first_name"));
        assertEquals(phone, row.get("phone"));
        assertEquals(level, row.get("lock_level"));
        assertEquals(conflicts, crosswalk.count("select count(*) from import_conflicts where status = 'open' "
                + "and reason = 'LOCKED'"));
        if (conflicts > 0) {
            assertEquals(List.of(Map.of("field", "first_name", "current_value", "Ann", "incoming_value", "Anne"),
                    Map.of("field", "phone", "current_value", "555-0100", "incoming_value", "555-0199")),
                    crosswalk.rows("select field, current_value, incoming_value from import_conflicts order by id"));
            List<String> csv = Files.readAllLines(Path.of(report.files().get("conflicts")));
            assertEquals(3, csv.size());
            assertEquals("\uFEFFconflict_id,batch,line,contact_id,field,current_value,incoming_value,reason,decision,"
                    + "contact_name,primary_email,lock_level,lock_reason,current_source,current_batch,current_date,"
                    + "evidence_count,sources,batches,lines,latest_evidence,proposed_values",
                    csv.get(0));
        }
    }

    @Test
    void lockRulesAreDataNotCode() throws Exception {
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("update import_lock_rules set allowed = true "
                    + "where lock_level = 'PARTIAL_LOCK' and field_group = 'address'");
        }
        // the rules as they are when a person sets the level say which values it holds
        lock("PARTIAL_LOCK");

        BatchReport report = importChanged();

        Map<String, Object> row = crosswalk.rows("select first_name, phone from contacts").get(0);
        assertEquals("Ann", row.get("first_name"));
        assertEquals("555-0199", row.get("phone"));
        assertEquals(1, report.rowCount("conflict"));
    }

    @Test
    void aBlankNeverErasesAStoredValue() throws Exception {
        Map<String, String> blanks = person("1001", "", "", "ann@example.com");

        BatchReport report = crosswalk.importFile(new KajabiPeople().person(blanks).write(home.resolve("blank.csv")),
                "kajabi");

        assertEquals(1, report.rowCount("unchanged"));
        Map<String, Object> row = crosswalk.rows("select first_name, last_name, phone, city from contacts").get(0);
        assertEquals(Map.of("first_name", "Ann", "last_name", "Lee", "phone", "555-0100", "city", "Boulder"), row);
    }

    @Test
    void sourceSystemIsNeverChangedByAnImport() throws Exception {
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("update contacts set source_system = 'manual'");
            st.executeUpdate("update import_lock_rules set allowed = true where field_group = 'source_system'");
        }

        importChanged();

        assertEquals("manual", crosswalk.rows("select source_system from contacts").get(0).get("source_system"));
    }
}
