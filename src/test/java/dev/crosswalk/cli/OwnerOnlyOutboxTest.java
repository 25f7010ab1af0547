package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.adopt.LegacySnapshot;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.support.LegacyDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every writer of the outbox at once: whatever a command leaves there — adoption, imports and previews, refused
 * files, reviews, rollbacks, the audit, an access export, an erasure and retention — is readable by its owner only.
 */
class OwnerOnlyOutboxTest extends CommandLineTestBase {

    @Test
    void everyFileAnyCommandLeavesInTheOutboxIsOwnerOnly() throws Exception {
        Path dump = LegacyDatabase.dump(LegacyDatabase.create(), LegacySnapshot.TABLES, home.resolve("dump"));
        assertEquals(0, run("adopt", "--from-dump", dump.toString()));

        Path people = Files.writeString(home.resolve("people.csv"),
                "Email,Name,Phone\nann@example.com,Ann Lee,303-555-0100\nbo@example.com,Bo Ray,303-555-0101\n");
        assertEquals(0, run("import", people.toString(), "--source", "manual", "--preview"));
        assertEquals(0, run("import", people.toString(), "--source", "manual", "--json"));
        long imported = ReportWriter.JSON.readTree(out()).get("batch").asLong();
        Path renamed = Files.writeString(home.resolve("renamed.csv"),
                "Email,Name,Phone\nann@example.com,Ann Lee-Moss,303-555-0199\n");
        assertEquals(0, run("import", renamed.toString(), "--source", "manual"));
        Path zoho = Files.writeString(home.resolve("zoho.csv"), "Record Id,Contact Owner,First Name\n1,x,y\n");
        assertEquals(2, run("import", zoho.toString(), "--source", "kajabi"));

        assertEquals(0, run("conflicts", "--json"));
        JsonNode open = ReportWriter.JSON.readTree(out());
        assertTrue(open.size() > 0, "the renamed manual contact is locked: its new name is a decision");
        assertEquals(0, run("resolve", open.get(0).get("id").asText(), "KEEP"));
        assertEquals(0, run("audit"));
        assertEquals(0, run("export-person", "bo@example.com"));
        assertEquals(0, run("forget", "bo@example.com", "--reason", "request 7"));
        assertEquals(0, run("retention", "--preview"));
        assertEquals(0, run("rollback", Long.toString(imported), "--force"));

        try (Stream<Path> paths = Files.walk(home.resolve("outbox"))) {
            List<Path> all = paths.filter(p -> !p.getFileName().toString().equals(".gitkeep")).toList();
            List<Path> files = all.stream().filter(Files::isRegularFile).toList();
            assertTrue(files.size() >= 20, "every kind of writer left files: " + files);
            for (Path path : all) {
                assertEquals(Files.isDirectory(path) ? "rwx------" : "rw-------",
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(path)), path.toString());
            }
        }
    }
}
