package dev.crosswalk.cli;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.report.ReportWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a person at a terminal meets: exit codes, one-line errors, usage, case, aligned listings, private files. */
class CommandLineBehaviourTest extends CommandLineTestBase {

    @Test
    void aColumnAliasForAFieldTheInboxDoesNotReadStopsTheCommandInOneLine() throws Exception {
        Path file = Files.writeString(home.resolve("list.csv"), "Email\nann@example.com\n");
        System.setProperty("crosswalk.source.zoho.column.citty", "Stadt");
        try {
            assertEquals(1, run("import", file.toString(), "--source", "manual"));
        } finally {
            System.clearProperty("crosswalk.source.zoho.column.citty");
        }
        String err = err();
        assertTrue(err.startsWith("crosswalk import: The setting crosswalk.source.zoho.column.citty names no field"
                + " inbox/zoho/ reads: its fields are address, city,"), err);
        assertEquals(1, err.strip().lines().count(), err);
    }

    @Test
    void aMissingFileIsAnErrorInOneLineNotARefusal() {
        assertEquals(1, run("import", home.resolve("nope.csv").toString(), "--source", "kajabi"));
        assertEquals("crosswalk import: no such file: " + home.resolve("nope.csv") + System.lineSeparator(), err());
    }

    @Test
    void helpPrintsUsageAndNothingIsBadUsage() {
        assertEquals(0, run("help"));
        assertTrue(out().contains("Usage: crosswalk"), out());
        assertTrue(out().contains("Exit codes: 0 done, 1 error, 2 refused or bad usage"), out());
        assertEquals(0, run("help", "import"));
        assertTrue(out().contains("Usage: crosswalk import"), out());
        err();
        assertEquals(2, run());
        assertTrue(err().contains("Usage: crosswalk"));
    }

    @Test
    void aBadNumberIsSaidInWords() {
        assertEquals(2, run("rollback", "abc"));
        String said = err();
        assertTrue(said.contains("'abc' is not a whole number (e.g. 42)"), said);
        assertFalse(said.contains("is not a long"), said);
        assertTrue(said.contains("Try 'bin/crosswalk help rollback'."), said);
        assertFalse(said.contains("Usage:"), "one line and a pointer, not the whole usage: " + said);
    }

    @Test
    void importKeepsAPrivateCopyInTheArchiveAndLocksSetIsItsOwnKindInAnAlignedTable() throws Exception {
        Path file = Files.writeString(home.resolve("people.csv"), "Email,Name\nann@example.com,Ann Lee\n");
        assertEquals(0, run("import", file.toString(), "--source", "manual", "--json"));
        JsonNode report = ReportWriter.JSON.readTree(out());
        long batch = report.get("batch").asLong();

        Path archived = home.resolve("outbox/archive/" + LocalDate.now() + "/manual/" + batch + "-people.csv");
        assertEquals(archived.toString(), report.at("/files/archive").asText());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(archived));
        assertTrue(Files.exists(file), "the original stays where it was");
        assertEquals("rw-------", permissions(archived));

        assertEquals(0, run("duplicates"));
        assertEquals(0, run("batches", "--json"));
        long contact = contactOf(batch);
        assertEquals(0, run("locks", "set", Long.toString(contact), "full_lock", "--by", "tester"));
        assertTrue(out().contains("is FULL_LOCK"), out());

        assertEquals(0, run("batches", "--json"));
        JsonNode batches = ReportWriter.JSON.readTree(out());
        assertEquals("locks", batches.get(0).get("kind").asText());
        assertEquals("locks set " + contact, batches.get(0).get("file_name").asText());
        assertEquals("duplicates", batches.get(1).get("kind").asText());
        assertEquals("import", batches.get(2).get("kind").asText());

        assertEquals(0, run("batches"));
        List<String> lines = out().lines().toList();
        assertEquals(4, lines.size(), out());
        int started = lines.get(0).indexOf("started");
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.substring(started).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*"),
                    "every row's start time under its heading:\n" + out());
        }
        assertEquals(lines.get(0).indexOf("rejected") + "rejected".length(), lines.get(1).indexOf("  " + lines.get(1)
                .substring(started)), "numbers right-aligned under their heading:\n" + out());
    }

    @Test
    void everyFileAOneShotCommandWritesIntoTheOutboxIsOwnerOnly() throws Exception {
        assertEquals(0, run("audit"));
        assertEquals(0, run("duplicates"));
        try (Stream<Path> files = Files.walk(home.resolve("outbox"))) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertTrue(written.stream().anyMatch(p -> p.getFileName().toString().matches("audit-.*\\.html")));
            assertTrue(written.stream().anyMatch(p -> p.getFileName().toString().endsWith("-duplicates.csv")));
            for (Path path : written) {
                assertEquals("rw-------", permissions(path), path.toString());
            }
        }
    }

    private long contactOf(long batch) throws Exception {
        assertEquals(0, run("report", Long.toString(batch), "--json"));
        Path changes = Path.of(ReportWriter.JSON.readTree(out()).at("/files/changes").asText());
        // line,contact_id,...: the contact the one row created
        return Long.parseLong(Files.readAllLines(changes).get(1).split(",")[1]);
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aMissingBatchIsAnErrorInOneLineAndVerboseAddsTheStackTrace() {
        assertEquals(1, run("report", "999"));
        assertEquals("crosswalk report: no report for batch 999 (looked for "
                + home.resolve("outbox/reports/999-report.json") + ")" + System.lineSeparator(), err());
        assertEquals(1, run("report", "999", "--verbose"));
        String said = err();
        assertTrue(said.startsWith("crosswalk report: no report for batch 999"), said);
        assertTrue(said.contains("java.io.FileNotFoundException") && said.contains("\tat dev.crosswalk.cli."), said);
    }

    @Test
    void aRefusalIsOneLineAndExitsTwo() {
        assertEquals(2, run("locks", "set", "424242", "full_lock"));
        assertEquals("crosswalk locks set: no contact 424242" + System.lineSeparator(), err());
        assertEquals(2, run("generate", "--source", "nosuch", "--rows", "10"));
        assertTrue(err().startsWith("crosswalk generate: no sample source 'nosuch'; one of ["));
    }

    @Test
    void datesAndNumbersInArgumentsAreCheckedWithAPlainMessage() {
        assertEquals(2, run("demo", "--as-of", "2026-13-45"));
        assertEquals("crosswalk demo: --as-of: '2026-13-45' is not a date (expected YYYY-MM-DD)"
                + System.lineSeparator() + "Try 'bin/crosswalk help demo'." + System.lineSeparator(), err());
        assertEquals(2, run("generate", "--source", "kajabi", "--rows", "ten"));
        assertTrue(err().startsWith("crosswalk generate: --rows: 'ten' is not a whole number (e.g. 42)"));
        assertEquals(2, run("generate", "--source", "kajabi", "--rows", "10", "--changed", "some"));
        assertTrue(err().startsWith("crosswalk generate: --changed: 'some' is not a number (e.g. 0.25)"));
        assertEquals(2, run("rollback", "x1"));
        assertTrue(err().startsWith("crosswalk rollback: BATCH: 'x1' is not a whole number (e.g. 42)"));
    }

    @Test
    void generateWritesUnderTheHomeNotIntoTheCurrentDirectory() throws Exception {
        assertEquals(0, run("generate", "--source", "manual", "--rows", "10"));
        Path written = home.resolve("data/generated/manual-10.csv");
        assertEquals(11, Files.readAllLines(written, StandardCharsets.ISO_8859_1).size(), "a header and ten rows");
        assertTrue(out().contains(" to " + written + " "), out());
        assertFalse(Files.exists(Path.of("manual-10.csv")), "nothing in the current directory");
    }

    @Test
    void aFileRefusedForItsSourceSaysSoOnceInAShortLine() throws Exception {
        Path file = Files.writeString(home.resolve("people.csv"), "Email,Name\nann@example.com,Ann Lee\n");
        assertEquals(2, run("import", file.toString(), "--source", "paypal"));
        String printed = out() + err();
        String report = home.resolve("outbox/reports").toString();
        List<String> refusal = printed.lines().filter(l -> l.contains("full text in " + report)).toList();
        assertEquals(1, refusal.size(), printed);
        assertTrue(refusal.get(0).length() <= 200 + (" … full text in " + report + "/N-report.html").length() + 5,
                refusal.get(0));
        assertTrue(printed.length() < 1_000, printed.length() + " characters:\n" + printed);
    }

    @Test
    void tablesFitAHundredAndTwentyColumnsAndJsonKeepsTheWholeValues() throws Exception {
        String longName = "Maximiliana-Konstantina Wolkenstein-Trostburg von Hohenzollern-Sigmaringen";
        Map<String, String> one = person("1", "Maximiliana", longName, "maximiliana.wolkenstein@example.com");
        one.put("Phone Number (phone_number)", "+1 303 555 0100");
        Map<String, String> two = person("2", "Maximiliana", longName, "m.wolkenstein-trostburg@work.example");
        two.put("Phone Number (phone_number)", "+1 303 555 0100");
        String fileName = "kajabi-contacts-export-" + "of-the-whole-organisation-".repeat(4) + "2026-01-31.csv";
        Path file = new KajabiPeople().person(one).person(two).write(home.resolve(fileName));
        assertEquals(0, run("import", file.toString(), "--source", "kajabi"));
        assertEquals(0, run("duplicates"));

        assertEquals(0, run("batches"));
        assertFits(out());
        assertTrue(out().lines().anyMatch(l -> l.matches(".* kajabi-contacts-export\\S*…")),
                "the long file name is cut to fit:\n" + out());
        assertEquals(0, run("batches", "--json"));
        assertTrue(out().contains("\"" + fileName + "\""), "whole in the JSON: " + out());

        assertEquals(0, run("conflicts"));
        String table = out();
        assertFits(table);
        assertEquals(2, table.lines().count(), table);
        assertTrue(table.contains("DUPLICATE"), table);
        assertEquals(0, run("conflicts", "--json"));
        assertTrue(out().contains(longName), out());
    }

    private static void assertFits(String table) {
        for (String line : table.lines().toList()) {
            assertTrue(line.length() <= 120, line.length() + " columns: " + line);
        }
    }

    @Test
    void aBatchWithoutConflictsOrRefusedRowsLeavesNoEmptyFiles() throws Exception {
        Path file = Files.writeString(home.resolve("people.csv"), "Email,Name\nann@example.com,Ann Lee\n");
        assertEquals(0, run("import", file.toString(), "--source", "manual", "--json"));
        JsonNode report = ReportWriter.JSON.readTree(out());
        long batch = report.get("batch").asLong();
        assertEquals(List.of("report_json", "report_html", "changes", "archive"),
                List.copyOf(iterable(report.get("files").fieldNames())), report.toString());
        assertFalse(Files.exists(home.resolve("outbox/conflicts/" + batch + "-conflicts.csv")));
        assertFalse(Files.exists(home.resolve("outbox/rejected/" + batch + "-rejected.csv")));
        assertFalse(Files.exists(home.resolve("outbox/reports/" + batch + "-skipped.csv")));
        String page = Files.readString(home.resolve("outbox/reports/" + batch + "-report.html"));
        assertFalse(page.contains("-conflicts.csv") || page.contains("-rejected.csv"), "no link to an absent file");
    }

    private static <T> List<T> iterable(java.util.Iterator<T> values) {
        List<T> all = new java.util.ArrayList<>();
        values.forEachRemaining(all::add);
        return all;
    }
}
