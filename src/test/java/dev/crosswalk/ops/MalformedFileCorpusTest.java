package dev.crosswalk.ops;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.cli.CrosswalkCommand;
import dev.crosswalk.ops.MalformedCorpus.BadFile;
import dev.crosswalk.pipeline.RejectionReporter;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import dev.crosswalk.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 7.4: every file of the malformed corpus is refused whole — through the watched inbox (moved to
 * outbox/rejected/, a report and a log line saying why and what was expected) and through the CLI (exit 2) — and
 * the database is exactly as it was.
 */
class MalformedFileCorpusTest {

    @TempDir
    Path home;
    @TempDir
    Path generated;

    @Test
    void everyBadFileDroppedInTheInboxIsRefusedWithItsReasonAndChangesNothing() throws Exception {
        List<BadFile> corpus = MalformedCorpus.all(generated);
        assertTrue(corpus.size() >= 30, "corpus size " + corpus.size());
        // a refused file's batch line is INFO (the tests' console shows WARN): heard here for this test only
        Logger refusals = (Logger) LoggerFactory.getLogger(RejectionReporter.class);
        refusals.setLevel(Level.INFO);
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true, Map.of());
                LogCapture log = LogCapture.start()) {
            crosswalk.importFile(new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                    .write(home.resolve("seed.csv")), "kajabi");
            var before = crosswalk.snapshot();

            Path inbox = Files.createDirectories(home.resolve("inbox/kajabi"));
            Path staging = Files.createDirectories(home.resolve("staging"));
            for (BadFile bad : corpus) {
                Files.move(Files.copy(bad.path(), staging.resolve(bad.name())), inbox.resolve(bad.name()));
            }
            Path rejected = home.resolve("outbox/rejected");
            Inbox.await(() -> Inbox.names(inbox).isEmpty() && Inbox.names(rejected).size() >= corpus.size(), 120,
                    () -> "every bad file moved out of the inbox; left: " + Inbox.names(inbox));

            assertEquals(before, crosswalk.snapshot(), "a refused file changes nothing in the database");
            Map<String, BatchReport> reports = Inbox.reportsByFile(home.resolve("outbox/reports"));
            for (BadFile bad : corpus) {
                BatchReport report = reports.get(bad.name());
                assertTrue(report != null, "a report for " + bad.name());
                assertEquals("rejected", report.status(), bad.name());
                assertTrue(report.message().contains(bad.reason()), bad.name() + ": " + report.message());
                assertTrue(report.message().toLowerCase().contains("expect"), bad.name() + ": " + report.message());
                assertTrue(Files.exists(rejected.resolve(report.batch() + "-" + bad.name())),
                        bad.name() + " is in outbox/rejected/");
                assertTrue(Files.mismatch(bad.path(), rejected.resolve(report.batch() + "-" + bad.name())) < 0,
                        bad.name() + " is moved unchanged");
                assertTrue(log.text().contains("refused " + bad.name() + " from kajabi: File refused: "
                        + report.message().substring("File refused: ".length())), bad.name() + " logged with reason");
            }
            assertFalse(Files.exists(inbox.resolve(".failed")), "no bad file counts as a failure");
        } finally {
            refusals.setLevel(null);
        }
    }

    @Test
    void theCliExitsTwoForEveryBadFileAndChangesNothing() throws Exception {
        List<BadFile> corpus = MalformedCorpus.all(generated);
        String url = TestDatabase.freshDatabaseUrl();
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home.resolve("db"), false, Map.of("crosswalk.db.url", url))) {
            crosswalk.importFile(new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                    .write(home.resolve("seed.csv")), "kajabi");
            var before = crosswalk.snapshot();
            System.setProperty("crosswalk.home", home.toString());
            System.setProperty("crosswalk.db.url", url);
            PrintStream original = System.out;
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
                for (BadFile bad : corpus) {
                    stdout.reset();
                    int exit = CrosswalkCommand.commandLine().execute("import", bad.path().toString(), "--source",
                            "kajabi", "--json");
                    assertEquals(2, exit, bad.name());
                    JsonNode json = ReportWriter.JSON.readTree(stdout.toString(StandardCharsets.UTF_8));
                    assertEquals("rejected", json.get("status").asText(), bad.name());
                    assertTrue(json.get("message").asText().contains(bad.reason()), bad.name());
                    assertTrue(Files.exists(bad.path()), "the CLI leaves " + bad.name() + " where it is");
                }
            } finally {
                System.setOut(original);
                System.clearProperty("crosswalk.home");
                System.clearProperty("crosswalk.db.url");
            }
            assertEquals(before, crosswalk.snapshot(), "the CLI refusals change nothing in the database");
        }
    }

}
