package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.support.KajabiPeople;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosswalk audit}: runs the audit now, says where it wrote it, or prints its JSON. */
class AuditCommandTest extends CommandLineTestBase {

    @Test
    void auditWritesThePageAndPrintsWhere() throws Exception {
        Path file = new KajabiPeople().person(KajabiPeople.person("1", "Ann", "Lee", "ann@example.com"))
                .write(home.resolve("p.csv"));
        assertEquals(0, run("import", file.toString(), "--source", "kajabi"));

        assertEquals(0, run("audit"));
        Path html = home.resolve("outbox/reports/audit-" + LocalDate.now() + ".html").toAbsolutePath();
        assertTrue(out().contains(html.toString()));
        assertTrue(Files.readString(html).contains("<span class=\"value\">1</span><span class=\"label\">contacts"));

        assertEquals(0, run("audit", "--json"));
        JsonNode json = ReportWriter.JSON.readTree(out());
        assertEquals("cli", json.get("trigger").asText());
        assertEquals(1, json.get("views").get("audit_overview").get(0).get("contacts").asInt());
        assertEquals("kajabi", json.get("views").get("audit_last_import").get(0).get("source").asText());
    }

    @Test
    void auditHasHelp() {
        assertEquals(0, run("audit", "--help"));
        assertTrue(out().contains("Usage: crosswalk audit"));
    }
}
