package dev.crosswalk.pipeline;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A file lands whole or not at all, once, and a preview is exactly the apply that follows. */
class BatchSafetyTest {

    @TempDir
    Path home;
    TestCrosswalk crosswalk;

    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home);
        crosswalk.importFile(new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                .write(home.resolve("seed.csv")), "kajabi");
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    private KajabiPeople people(int count) {
        KajabiPeople people = new KajabiPeople();
        for (int i = 0; i < count; i++) {
            people.person(person(Integer.toString(1000 + i), "First" + i, "Last" + i, "p" + i + "@example.com"));
        }
        return people;
    }

    static Stream<Arguments> badFiles() {
        byte[] header = String.join(",", KajabiPeople.HEADER).getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("empty.csv", new byte[0], "empty"),
                Arguments.of("binary.csv", new byte[] {1, 2, 0, 4, 5, 0, 7}, "NUL"),
                Arguments.of("unknown.csv", "Foo,Bar\n1,2\n".getBytes(StandardCharsets.UTF_8), "Expected a Kajabi"),
                Arguments.of("quote.csv", concat(header, ("\nAnn Lee,Ann,Lee,ann2@example.com,\"unclosed,x\n")
                        .getBytes(StandardCharsets.UTF_8)), "quoted field"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadFileIsRefusedWholeAndWritesNothing(String name, byte[] content, String reason) throws Exception {
        Path file = Files.write(home.resolve(name), content);
        Map<String, List<Map<String, Object>>> before = crosswalk.snapshot();

        BatchReport report = crosswalk.importFile(file, "kajabi");

        assertEquals("rejected", report.status());
        assertTrue(report.message().contains(reason), report.message());
        assertEquals(before, crosswalk.snapshot());
        assertTrue(Files.exists(Path.of(report.files().get("report_json"))));
    }

    @Test
    void aFailureMidwayLeavesTheDatabaseAsItWas() throws Exception {
        // 160 rows = several chunks of 50; the database refuses the 130th new contact, after two chunks were written
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("create function fail_on_p129() returns trigger language plpgsql as $$ begin "
                    + "if new.email = 'p129@example.com' then raise exception 'injected failure'; end if; "
                    + "return new; end $$");
            st.execute("create trigger fail_midway before insert on contacts for each row execute function "
                    + "fail_on_p129()");
        }
        Map<String, List<Map<String, Object>>> before = crosswalk.snapshot();
        Path file = people(160).write(home.resolve("big.csv"));

        Exception e = assertThrows(Exception.class, () -> crosswalk.importFile(file, "kajabi"));

        assertTrue(e.getMessage().contains("injected failure"), e.getMessage());
        assertEquals(before, crosswalk.snapshot());
        try (Stream<Path> outputs = Files.list(crosswalk.outbox().resolve("reports"))) {
            assertEquals(1, outputs.filter(p -> p.toString().endsWith("-report.json")).count(),
                    "only the seed batch's report remains");
        }
    }

    @Test
    void aFileBrokenAfterManyChunksIsRefusedWholeAndWritesNothing() throws Exception {
        // the rows are read ahead on another thread: the refusal must still arrive, after 40 chunks were written
        Map<String, List<Map<String, Object>>> before = crosswalk.snapshot();
        Path file = people(2_000).write(home.resolve("broken-late.csv"));
        Files.writeString(file, "Zed Broken,Zed,Broken,zed@example.com,\"unclosed,x\n", StandardOpenOption.APPEND);

        BatchReport report = crosswalk.importFile(file, "kajabi");

        assertEquals("rejected", report.status());
        // each fixture record holds a quoted two-line answer: the broken record starts on physical line 4002
        assertTrue(report.message().contains("line 4002") && report.message().contains("quoted field"),
                report.message());
        assertEquals(before, crosswalk.snapshot());
    }

    @Test
    void theSameFileTwiceChangesNothingAndSaysSo() throws Exception {
        Path file = people(5).write(home.resolve("week.csv"));
        BatchReport first = crosswalk.importFile(file, "kajabi");
        Map<String, List<Map<String, Object>>> after = crosswalk.snapshot();

        BatchReport second = crosswalk.importFile(file, "kajabi");

        assertEquals("duplicate", second.status());
        assertEquals(first.batch(), second.duplicateOf());
        assertTrue(second.message().contains("already applied as batch " + first.batch()));
        assertEquals(after, crosswalk.snapshot());
    }

    @Test
    void aPreviewChangesNothingAndEqualsTheApplyThatFollows() throws Exception {
        Map<String, String> changed = person("1", "Anne", "Lee", "ann@example.com");
        KajabiPeople people = people(120).person(changed);
        Path file = people.write(home.resolve("next.csv"));
        Map<String, List<Map<String, Object>>> before = crosswalk.snapshot();

        BatchReport preview = crosswalk.preview(file, "kajabi");

        assertEquals("previewed", preview.status());
        assertTrue(preview.preview());
        assertEquals(before, crosswalk.snapshot());
        assertTrue(Files.readString(Path.of(preview.files().get("report_html"))).contains("PREVIEW"));

        BatchReport applied = crosswalk.importFile(file, "kajabi");

        assertEquals(preview.rows(), applied.rows());
        assertEquals(preview.fields(), applied.fields());
        assertEquals(Map.of("new", 120L, "updated", 1L), Map.of("new", applied.rowCount("new"), "updated",
                applied.rowCount("updated")));
        List<String> previewChanges = Files.readAllLines(Path.of(preview.files().get("changes")));
        List<String> appliedChanges = Files.readAllLines(Path.of(applied.files().get("changes")));
        assertEquals(previewChanges.size(), appliedChanges.size());
        assertFalse(previewChanges.isEmpty());
    }

    @Test
    void everyRowIsCountedExactlyOnce() throws Exception {
        KajabiPeople people = people(7).person(person("", "", "", "")).person(person("1", "Ann", "Lee",
                "ann@example.com"));
        BatchReport report = crosswalk.importFile(people.write(home.resolve("mixed.csv")), "kajabi");

        long sum = Stream.of("new", "updated", "unchanged", "conflict", "rejected", "skipped")
                .mapToLong(report::rowCount).sum();
        assertEquals(9, report.rowCount("read"));
        assertEquals(report.rowCount("read"), sum);
        assertEquals(List.of(9L, 7L, 0L, 1L, 1L), List.of(report.rowCount("read"), report.rowCount("new"),
                report.rowCount("updated"), report.rowCount("unchanged"), report.rowCount("rejected")));
    }
}
