package dev.crosswalk.pipeline;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value written in another form (case, spaces, phone punctuation, country name) is no conflict and no update. */
class EquivalentValuesTest {

    private static final int PEOPLE = 24;
    private static final List<String> FIRST = List.of("José", "Zoë", "Mary Ann", "Ann");
    private static final List<String> LAST = List.of("García", "Lee", "O'Neil", "Müller");
    private static final List<String> COUNTRY = List.of("United States", "USA", "US", "United States of America");
    private static final List<UnaryOperator<String>> TEXT_FORMS = List.of(
            s -> s.toUpperCase(Locale.ROOT), s -> s.toLowerCase(Locale.ROOT), s -> "  " + s + " ",
            s -> s.replace(" ", "   "));
    private static final List<UnaryOperator<String>> PHONE_FORMS = List.of(
            s -> "+1 " + s, s -> "(" + s.substring(0, 3) + ") " + s.substring(4).replace('-', ' '),
            s -> "1 " + s.replace('-', '.'), s -> "+1" + s.replace("-", ""));

    @TempDir
    Path home;
    TestCrosswalk crosswalk;

    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home);
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    private static Map<String, String> stored(int i) {
        Map<String, String> p = person(Integer.toString(2000 + i), FIRST.get(i % FIRST.size()),
                LAST.get(i / FIRST.size() % LAST.size()), "person" + i + "@example.com");
        p.put("Phone Number (phone_number)", String.format("303-555-%04d", 100 + i));
        p.put("Address (address_line_1)", (10 + i) + " Main Street");
        p.put("City (address_city)", "Fort Collins");
        p.put("State (address_state)", "CO");
        p.put("Zip Code (address_zip)", "80202");
        p.put("Country (address_country)", COUNTRY.get(i % COUNTRY.size()));
        return p;
    }

    /** The same person in other forms: each field in a form picked by the person's index. */
    private static Map<String, String> reformatted(int i) {
        Map<String, String> p = stored(i);
        UnaryOperator<String> text = TEXT_FORMS.get(i % TEXT_FORMS.size());
        for (String column : List.of("First Name", "Last Name", "Address (address_line_1)", "City (address_city)")) {
            p.put(column, text.apply(p.get(column)));
        }
        p.put("Phone Number (phone_number)", PHONE_FORMS.get(i % PHONE_FORMS.size())
                .apply(p.get("Phone Number (phone_number)")));
        p.put("State (address_state)", i % 2 == 0 ? "Colorado" : "co");
        p.put("Zip Code (address_zip)", i % 2 == 0 ? "802 02" : " 80202 ");
        p.put("Country (address_country)", COUNTRY.get((i + 1 + i / COUNTRY.size()) % COUNTRY.size()));
        p.put("Email", p.get("Email").toUpperCase(Locale.ROOT));
        return p;
    }

    @Test
    void formOnlyDifferencesOnLockedContactsAreUnchanged() throws Exception {
        KajabiPeople first = new KajabiPeople();
        KajabiPeople second = new KajabiPeople();
        for (int i = 0; i < PEOPLE; i++) {
            first.person(stored(i));
            second.person(reformatted(i));
        }
        crosswalk.importFile(first.write(home.resolve("first.csv")), "kajabi");
        for (Map<String, Object> row : crosswalk.rows("select id from contacts")) {
            long id = ((Number) row.get("id")).longValue();
            crosswalk.lockByPerson(id, id % 2 == 0 ? "FULL_LOCK" : "PARTIAL_LOCK");
        }
        String columns = "select first_name, last_name, phone, address_line1, city, region, postal_code, country "
                + "from contacts order by id";
        List<Map<String, Object>> before = crosswalk.rows(columns);

        BatchReport report = crosswalk.importFile(second.write(home.resolve("second.csv")), "kajabi");

        assertEquals(PEOPLE, report.rowCount("unchanged"));
        assertEquals(0, report.rowCount("conflict") + report.rowCount("updated"));
        assertEquals(0, crosswalk.count("select count(*) from import_conflicts"));
        assertEquals(0, crosswalk.count("select count(*) from import_audit_log where batch_id = " + report.batch()));
        assertEquals(before, crosswalk.rows(columns));
    }

    @Test
    void aDifferentValueIsStillALockedConflict() throws Exception {
        Map<String, String> p = stored(0);
        crosswalk.importFile(new KajabiPeople().person(p).write(home.resolve("first.csv")), "kajabi");
        crosswalk.lockEveryContactByPerson("FULL_LOCK");
        p.put("Phone Number (phone_number)", "+1 720-555-0100");
        p.put("City (address_city)", "DENVER");

        crosswalk.importFile(new KajabiPeople().person(p).write(home.resolve("second.csv")), "kajabi");

        assertEquals(List.of(Map.of("field", "phone", "incoming_value", "+1 720-555-0100", "reason", "LOCKED"),
                Map.of("field", "city", "incoming_value", "DENVER", "reason", "LOCKED")),
                crosswalk.rows("select field, incoming_value, reason from import_conflicts order by id"));
    }
}
