package dev.crosswalk.merge;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Likely duplicates are listed with a score, and their rows go back in as MERGE decisions. */
class DuplicateCandidatesTest {

    @TempDir
    Path home;
    TestCrosswalk crosswalk;
    CrosswalkSettings settings;

    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home);
        settings = CrosswalkSettings.load(Map.of("crosswalk.home", home.toString()));
        Map<String, String> ann = person("1", "Ann", "Lee", "ann@example.com");
        ann.put("Phone Number (phone_number)", "+1 (303) 555-0100");
        Map<String, String> annToo = person("2", " ann", "LEE ", "ann.lee@work.example");
        annToo.put("Phone Number (phone_number)", "+1 303 555 0100");
        Map<String, String> bob = person("3", "Bob", "Ray", "bob@example.com");
        bob.put("Zip Code (address_zip)", "80302");
        Map<String, String> bobToo = person("4", "Bob", "Ray", "bobby@example.com");
        bobToo.put("Zip Code (address_zip)", "80 302");
        Map<String, String> other = person("5", "Ann", "Lee", "other.ann@example.com");
        crosswalk.importFile(new KajabiPeople().person(ann).person(annToo).person(bob).person(bobToo).person(other)
                .write(home.resolve("people.csv")), "kajabi");
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    @Test
    void candidatesAreScoredAndTheirRowsMergeWhenDroppedBack() throws Exception {
        BatchReport found = CompositionRoot.on(settings, crosswalk.dataSource()).duplicates().find();

        Path csv = Path.of(found.files().get("duplicates"));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).endsWith("conflict_id,batch,line,contact_id,field,current_value,incoming_value,"
                + "reason,decision,score,keep_name,keep_email,keep_sources,duplicate_name,duplicate_email,"
                + "duplicate_sources,why"), lines.get(0));
        assertTrue(lines.get(1).contains("contacts 1, 2") && lines.get(1).contains(",DUPLICATE,,90,"), lines.get(1));
        assertTrue(lines.get(2).contains("contacts 3, 4") && lines.get(2).contains(",DUPLICATE,,70,"), lines.get(2));
        // both people named, with the sources that know them and why they are suspected
        List<Map<String, String>> people = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.skip(1);
            CSVFormat.DEFAULT.builder().setHeader().get().parse(in).forEach(r -> people.add(Map.of(
                    "keep", r.get("keep_name") + " <" + r.get("keep_email") + "> " + r.get("keep_sources"),
                    "duplicate", r.get("duplicate_email") + " " + r.get("duplicate_sources"), "why", r.get("why"))));
        }
        assertEquals(List.of(
                Map.of("keep", "Ann Lee <ann@example.com> kajabi", "duplicate", "ann.lee@work.example kajabi",
                        "why", "same name and phone (ann.lee@work.example)"),
                Map.of("keep", "Bob Ray <bob@example.com> kajabi", "duplicate", "bobby@example.com kajabi",
                        "why", "same name and postal code (bobby@example.com)")), people);
        // the audit counts the same pairs the list holds
        assertEquals(2L, crosswalk.rows("select count from audit_attention where item = 'duplicate_candidates'")
                .get(0).get("count"));
        assertEquals(2L, crosswalk.count("select count(*) from audit_duplicate_candidates"));

        Path decisions = Files.writeString(home.resolve("merge.csv"), String.join("\r\n", lines.get(0),
                lines.get(1).replace(",DUPLICATE,,90", ",DUPLICATE,MERGE,90")) + "\r\n");
        BatchReport review = CompositionRoot.on(settings, crosswalk.dataSource()).reviews().applyFile(decisions, 900, "tester");

        assertEquals(1, review.rowCount("updated"), review.message());
        assertEquals(List.of(Map.of("kept_contact_id", 1L, "merged_contact_id", 2L)),
                crosswalk.rows("select kept_contact_id, merged_contact_id from contact_merges"));
        BatchReport again = CompositionRoot.on(settings, crosswalk.dataSource()).duplicates().find();
        assertEquals(0L, again.rows().get("new"));
        assertEquals(1L, again.rows().get("read"));
    }

    @Test
    void threeRecordsOfOnePersonAreThreePairsAndMergingThemAllLeavesOne() throws Exception {
        Map<String, String> annThree = person("6", "Ann", "Lee", "ann.home@example.net");
        annThree.put("Phone Number (phone_number)", "+1 303-555-0100");
        crosswalk.importFile(new KajabiPeople().person(annThree).write(home.resolve("more.csv")), "kajabi");
        BatchReport found = CompositionRoot.on(settings, crosswalk.dataSource()).duplicates().find();
        assertEquals(List.of(Map.of("current_value", "contacts 1, 2"), Map.of("current_value", "contacts 1, 6"),
                Map.of("current_value", "contacts 2, 6")), crosswalk.rows("select current_value from import_conflicts "
                + "where reason = 'DUPLICATE' and current_value <> 'contacts 3, 4' order by current_value"));

        // the pair 2–6 names contact 2, merged into 1 by the pair 1–2 before it: it stands for 1
        BatchReport merged = CompositionRoot.on(settings, crosswalk.dataSource()).reviews().resolveAll(found.batch(),
                "DUPLICATE", null, "MERGE", "tester");

        assertEquals(0, merged.rowCount("rejected"), merged.message());
        assertTrue(Files.readString(Path.of(merged.files().get("answers")))
                .contains("contacts [2, 6] are one contact already (merged before)"));
        assertEquals(0, crosswalk.count("select count(*) from import_conflicts where status = 'open'"));
        assertEquals(1, crosswalk.count("select count(*) from contacts where deleted_at is null and first_name = 'Ann' "
                + "and phone is not null"));
    }
}
