package dev.crosswalk.review;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every conflict names its person and where the current value came from, most urgent first. */
class NamedConflictsTest {

    @TempDir
    Path home;
    TestCrosswalk crosswalk;
    long firstBatch;

    @BeforeEach
    void start() throws Exception {
        // fills of a contact a person set to FULL_LOCK wait for approval (FILL_BLANK)
        crosswalk = TestCrosswalk.start(home, false, Map.of("crosswalk.protect.approve-fills-on-full-lock", "true"));
        firstBatch = crosswalk.importFile(new KajabiPeople().person(ReviewTest.ann("Boulder"))
                .person(person("106604828", "Bob", "Ray", "bob@example.org")).write(home.resolve("w1.csv")),
                "kajabi").batch();
        // a person sets the level (which holds Ann's values), saying why
        crosswalk.lockByPerson(crosswalk.count("select id from contacts where email = 'ann@example.com'"),
                "FULL_LOCK");
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("update contacts set lock_reason = 'person: board member' where email = 'ann@example.com'");
        }
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    /**
     * Ann's city (LOCKED) and blank phone (FILL_BLANK) on one row, then a row naming Ann's id with Bob's email
     * (AMBIGUOUS); the fixture's custom field holds a line break, so rows start on lines 2 and 4.
     */
    private BatchReport conflicts() throws Exception {
        Map<String, String> ann = ReviewTest.ann("Denver");
        ann.put("Phone Number (phone_number)", "303-555-0100");
        return crosswalk.importFile(new KajabiPeople().person(ann)
                .person(person("106604827", "Ann", "Lee", "bob@example.org")).write(home.resolve("w2.csv")), "kajabi");
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.skip(1);
            return CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
        }
    }

    @Test
    void theConflictsFileNamesThePersonAndListsTheMostUrgentFirst() throws Exception {
        BatchReport batch = conflicts();

        List<CSVRecord> rows = read(Path.of(batch.files().get("conflicts")));

        assertEquals(List.of("conflict_id", "batch", "line", "contact_id", "field", "current_value", "incoming_value",
                "reason", "decision", "contact_name", "primary_email", "lock_level", "lock_reason", "current_source",
                "current_batch", "current_date", "evidence_count", "sources", "batches", "lines", "latest_evidence",
                "proposed_values"), rows.get(0).getParser().getHeaderNames());
        List<Map<String, String>> seen = new ArrayList<>();
        for (CSVRecord r : rows) {
            Map<String, String> row = new LinkedHashMap<>(r.toMap());
            row.remove("conflict_id");
            row.remove("contact_id");
            row.remove("batch");
            // each question asked once, by this batch's kajabi file, on the item's own line
            assertEquals("1", row.remove("evidence_count"), row.toString());
            assertEquals("kajabi", row.remove("sources"));
            assertEquals(Long.toString(batch.batch()), row.remove("batches"));
            assertEquals(row.get("line"), row.remove("lines"));
            assertEquals(row.get("incoming_value"), row.remove("proposed_values"));
            assertTrue(!row.remove("latest_evidence").isBlank());
            seen.add(row);
        }
        String today = LocalDate.now().toString();
        String first = Long.toString(firstBatch);
        assertEquals(List.of(
                row("4", "contact", "contacts 1, 2", "bob@example.org", "AMBIGUOUS", "Ann Lee", "ann@example.com",
                        "FULL_LOCK", "person: board member", "kajabi", first, today),
                // the city is Kajabi's, held by the person's lock (set in the batch after the first)
                row("2", "city", "Boulder", "Denver", "LOCKED", "Ann Lee", "ann@example.com", "FULL_LOCK",
                        "person: board member", "kajabi (held by person: test on " + today + ")",
                        Long.toString(firstBatch + 1), today),
                row("2", "phone", "", "303-555-0100", "FILL_BLANK", "Ann Lee", "ann@example.com", "FULL_LOCK",
                        "person: board member", "kajabi", first, today)),
                seen);
        String page = Files.readString(Path.of(batch.files().get("report_html")));
        assertTrue(page.contains("Ann Lee &lt;ann@example.com&gt;"), page);
        assertTrue(page.contains("FULL_LOCK (person: board member)"), page);
        assertTrue(page.contains("kajabi, batch " + first + ", " + today), page);
    }

    private static Map<String, String> row(String line, String field, String current, String incoming, String reason,
            String name, String email, String lock, String lockReason, String source, String batch, String date) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("line", line);
        m.put("field", field);
        m.put("current_value", current);
        m.put("incoming_value", incoming);
        m.put("reason", reason);
        m.put("decision", "");
        m.put("contact_name", name);
        m.put("primary_email", email);
        m.put("lock_level", lock);
        m.put("lock_reason", lockReason);
        m.put("current_source", source);
        m.put("current_batch", batch);
        m.put("current_date", date);
        return m;
    }

    @Test
    void aDecisionsFileWithOnlyTheOldColumnsStillWorks() throws Exception {
        BatchReport batch = conflicts();
        long locked = crosswalk.count("select id from import_conflicts where reason = 'LOCKED'");
        CsvFixture old = new CsvFixture(List.of("conflict_id", "batch", "line", "contact_id", "field",
                "current_value", "incoming_value", "reason", "decision"));
        old.row(List.of(Long.toString(locked), Long.toString(batch.batch()), "2", "1", "city", "Boulder", "Denver",
                "LOCKED", "TAKE"));
        ReviewService reviews = CompositionRoot.on(CrosswalkSettings.load(Map.of("crosswalk.home", home.toString())), crosswalk.dataSource()).reviews();

        BatchReport review = reviews.applyFile(old.write(home.resolve("old.csv")), 1000, "tester");

        assertEquals("applied", review.status(), review.message());
        assertEquals("Denver", crosswalk.rows("select city from contacts where email = 'ann@example.com'").get(0)
                .get("city"));
    }
}
