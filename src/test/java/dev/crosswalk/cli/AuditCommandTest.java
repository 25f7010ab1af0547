package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosswalk audit}: runs the audit now, says where it wrote it, or prints its JSON. */
class AuditCommandTest {

    @TempDir
    Path home;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void configure() {
        System.setProperty("crosswalk.home", home.toString());
        System.setProperty("crosswalk.db.url", TestDatabase.freshDatabaseUrl());
        original = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
        System.clearProperty("crosswalk.home");
        System.clearProperty("crosswalk.db.url");
    }

    private int run(String... args) {
        stdout.reset();
        return CrosswalkCommand.commandLine().execute(args);
    }

    @Test
    void auditWritesThePageAndPrintsWhere() throws Exception {
        Path file = new KajabiPeople().person(KajabiPeople.person("1", "Ann", "Lee", "ann@example.com"))
                .write(home.resolve("p.csv"));
        assertEquals(0, run("import", file.toString(), "--source", "kajabi"));

        assertEquals(0, run("audit"));
        Path html = home.resolve("outbox/reports/audit-" + LocalDate.now() + ".html").toAbsolutePath();
        assertTrue(stdout.toString(StandardCharsets.UTF_8).contains(html.toString()));
        assertTrue(Files.readString(html).contains("<span class=\"value\">1</span><span class=\"label\">contacts"));

        assertEquals(0, run("audit", "--json"));
        JsonNode json = ReportWriter.JSON.readTree(stdout.toString(StandardCharsets.UTF_8));
        assertEquals("cli", json.get("trigger").asText());
        assertEquals(1, json.get("views").get("audit_overview").get(0).get("contacts").asInt());
        assertEquals("kajabi", json.get("views").get("audit_last_import").get(0).get("source").asText());
    }

    @Test
    void auditHasHelp() {
        assertEquals(0, run("audit", "--help"));
        assertTrue(stdout.toString(StandardCharsets.UTF_8).contains("Usage: crosswalk audit"));
    }
}
