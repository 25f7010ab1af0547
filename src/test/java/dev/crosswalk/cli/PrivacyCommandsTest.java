package dev.crosswalk.cli;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.support.KajabiPeople;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** forget from the command line: exit codes 0 / 2, a report that names only the contact id, and the key file. */
class PrivacyCommandsTest extends CommandLineTestBase {

    @Test
    void forgetPreviewsErasesAndRefuses() throws Exception {
        Path file = new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                .person(person("2", "Bob", "Ray", "bob@example.com")).write(home.resolve("p.csv"));
        assertEquals(0, run("import", file.toString(), "--source", "kajabi"));
        assertEquals(0, run("forget", "--help"));

        assertEquals(0, run("export-person", "ANN@example.com"));
        Path export = Path.of(out().substring(out().indexOf(": ") + 2).strip());
        assertTrue(export.getFileName().toString().startsWith("person-1-"), export.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(export)));
        JsonNode held = ReportWriter.JSON.readTree(export.toFile());
        assertEquals("ann@example.com", held.get("emails").get(0).get("email").asText());
        assertEquals("Lee", held.get("contacts").get(0).get("last_name").asText());
        assertEquals("kajabi", held.get("identities").get(0).get("source").asText());
        assertTrue(held.get("history").size() > 0);
        // where each current value came from and when
        JsonNode lastName = null;
        for (JsonNode source : held.get("value_sources")) {
            lastName = source.get("field").asText().equals("last_name") ? source : lastName;
        }
        assertEquals("Lee", lastName.get("value").asText());
        assertEquals("kajabi", lastName.get("source").asText());
        assertEquals(1, lastName.get("batch").asLong());
        assertEquals(false, lastName.get("by_person").asBoolean());
        Instant evidence = OffsetDateTime.parse(lastName.get("evidence_at").asText()).toInstant();
        assertEquals(Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MILLIS),
                evidence.truncatedTo(ChronoUnit.MILLIS));
        assertEquals(2, run("export-person", "nobody@example.com"));

        assertEquals(0, run("forget", "ann@example.com", "--preview", "--json"));
        JsonNode preview = ReportWriter.JSON.readTree(out());
        assertEquals("previewed", preview.get("status").asText());
        assertEquals(1, preview.get("fields").get("emails_removed").asLong());

        assertEquals(0, run("forget", "ann@example.com", "--by", "dpo", "--reason", "ticket 17", "--json"));
        JsonNode report = ReportWriter.JSON.readTree(out());
        assertEquals("erasure", report.get("kind").asText());
        assertEquals("applied", report.get("status").asText());
        assertEquals("contact 1", report.get("file").asText());
        assertFalse(out().toLowerCase().contains("ann"), out());

        assertEquals(2, run("forget", "ann@example.com"), "her email is gone from every contact");
        assertFalse(Files.readString(export).contains("ann@example.com"), "her access export was erased too");
        assertEquals(2, run("forget", "not-an-address"));
        assertEquals(2, run("forget", "1"), "already erased");
        assertEquals(2, run("rollback", report.get("batch").asText()));

        Path key = home.resolve("data/erasure.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals(65, Files.readString(key).length(), "32 bytes in hex and a line break");
        assertTrue(Files.readString(home.resolve("outbox/reports/" + report.get("batch").asText()
                + "-erasure-files.csv")).contains("outbox_file"));
    }
}
