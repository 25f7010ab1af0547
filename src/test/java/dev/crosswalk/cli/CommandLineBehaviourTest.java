package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
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
        assertTrue(err.startsWith("crosswalk: The setting crosswalk.source.zoho.column.citty names no field"
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
        assertTrue(said.contains("Try 'crosswalk help rollback'."), said);
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
        assertEquals(lines.get(0).indexOf("skipped") + "skipped".length(), lines.get(1).indexOf("  " + lines.get(1)
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
}
