package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.adopt.LegacySnapshot;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.support.LegacyDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code adopt} from the command line: live and dump, preview, duplicate, refusal, and undo by rollback. */
class AdoptCommandTest extends CommandLineTestBase {

    @Test
    void adoptPreviewDuplicateAndRollbackFromTheCommandLine() throws Exception {
        String url = LegacyDatabase.create();
        Path dump = LegacyDatabase.dump(url, LegacySnapshot.TABLES, home.resolve("dump"));
        Path password = Files.writeString(home.resolve("legacy.pw"), "not-needed-by-trust-auth\n");

        assertEquals(0, run("adopt", "--help"));
        assertTrue(out().contains("Usage: crosswalk adopt"), out());
        assertEquals(2, run("adopt", "--from", url, "--from-dump", dump.toString()), "one origin only");
        assertEquals(1, run("adopt", "--from-dump", home.resolve("nowhere").toString()), "a missing folder is an error");

        assertEquals(0, run("adopt", "--from-dump", dump.toString(), "--preview", "--json"));
        JsonNode preview = ReportWriter.JSON.readTree(out());
        assertEquals("previewed", preview.get("status").asText());
        assertEquals(11, preview.get("rows").get("new").asLong());

        assertEquals(0, run("adopt", "--from", url, "--user", "postgres", "--password-file", password.toString(),
                "--json"));
        JsonNode adopted = ReportWriter.JSON.readTree(out());
        assertEquals("applied", adopted.get("status").asText());
        assertEquals("live", adopted.get("format").asText());
        assertEquals(2, adopted.get("conflicts").get("DUPLICATE").asLong());

        assertEquals(0, run("adopt", "--from-dump", dump.toString()));
        assertTrue(out().contains("duplicate"), out());
        assertTrue(out().contains("already adopted as batch " + adopted.get("batch").asLong()), out());

        assertEquals(0, run("rollback", adopted.get("batch").asText(), "--json"));
        assertEquals("applied", ReportWriter.JSON.readTree(out()).get("status").asText());
        assertEquals(0, run("adopt", "--from-dump", dump.toString(), "--json"));
        assertEquals("applied", ReportWriter.JSON.readTree(out()).get("status").asText());
    }
}
