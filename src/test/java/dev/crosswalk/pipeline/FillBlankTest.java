package dev.crosswalk.pipeline;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** On a locked contact, a value for an empty field is a FILL_BLANK suggestion; overwriting stays LOCKED. */
class FillBlankTest {

    @TempDir
    Path home;
    TestCrosswalk crosswalk;

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    private BatchReport importLockedThenChanged(String level, boolean approveFills) throws Exception {
        crosswalk = TestCrosswalk.start(home, false, Map.of("crosswalk.protect.approve-fills-on-full-lock",
                Boolean.toString(approveFills)));
        Map<String, String> p = person("1001", "Ann", "Lee", "ann@example.com");
        p.put("City (address_city)", "Boulder");
        crosswalk.importFile(new KajabiPeople().person(p).write(home.resolve("first.csv")), "kajabi");
        crosswalk.lockEveryContactByPerson(level);
        p.put("City (address_city)", "Denver");
        p.put("Phone Number (phone_number)", "303-555-0100");
        return crosswalk.importFile(new KajabiPeople().person(p).write(home.resolve("second.csv")), "kajabi");
    }

    /**
     * A blank of a contact a person locked is filled (audited, undoable), not a decision; only a person's FULL_LOCK
     * with approve-fills-on-full-lock asks first (FILL_BLANK). The person's city is theirs whatever the setting.
     */
    @ParameterizedTest(name = "{0}, approve-fills-on-full-lock={1}")
    @CsvSource({
        "FULL_LOCK,    false, ,           303-555-0100",
        "FULL_LOCK,    true,  FILL_BLANK, ",
        "PARTIAL_LOCK, false, ,           303-555-0100",
        "PARTIAL_LOCK, true,  ,           303-555-0100"})
    void aBlankIsFilledUnlessAPersonsFullLockAsksForApproval(String level, boolean setting, String phoneReason,
            String storedPhone) throws Exception {
        BatchReport report = importLockedThenChanged(level, setting);

        List<Map<String, Object>> conflicts = crosswalk.rows(
                "select field, current_value, incoming_value, reason from import_conflicts order by id");
        Map<String, Object> cityConflict = new HashMap<>();
        cityConflict.put("field", "city");
        cityConflict.put("current_value", "Boulder");
        cityConflict.put("incoming_value", "Denver");
        cityConflict.put("reason", "LOCKED");
        Map<String, Object> phoneConflict = new HashMap<>();
        phoneConflict.put("field", "phone");
        phoneConflict.put("current_value", null);
        phoneConflict.put("incoming_value", "303-555-0100");
        phoneConflict.put("reason", "FILL_BLANK");
        assertEquals(phoneReason == null ? List.of(cityConflict) : List.of(phoneConflict, cityConflict), conflicts);
        assertEquals(storedPhone, crosswalk.rows("select phone from contacts").get(0).get("phone"));
        assertEquals("Boulder", crosswalk.rows("select city from contacts").get(0).get("city"));
        assertEquals(1, report.rowCount("conflict"));
        assertEquals(phoneReason == null ? Map.of("LOCKED", 1L) : Map.of("LOCKED", 1L, "FILL_BLANK", 1L),
                report.conflicts());
    }
}
