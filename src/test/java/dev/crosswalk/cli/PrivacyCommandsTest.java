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
import org.junit.jupiter.api.Test;

/** forget from the command line: exit codes 0 / 2, a report that names only the contact id, and the key file. */
class PrivacyCommandsTest extends CommandLineTestBase {

    @Test
    void forgetPreviewsErasesAndRefuses() throws Exception {
        Path file = new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                .person(person("2", "Bob", "Ray", "bob@example.com")).write(home.resolve("p.csv"));
        assertEquals(0, run("import", file.toString(), "--source", "kajabi"));
        assertEquals(0, run("forget", "--help"));

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
        assertEquals(2, run("forget", "not-an-address"));
        assertEquals(2, run("rollback", report.get("batch").asText()));

        Path key = home.resolve("data/erasure.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals(65, Files.readString(key).length(), "32 bytes in hex and a line break");
        assertTrue(Files.readString(home.resolve("outbox/reports/" + report.get("batch").asText()
                + "-erasure-files.csv")).contains("outbox_file"));
    }
}
