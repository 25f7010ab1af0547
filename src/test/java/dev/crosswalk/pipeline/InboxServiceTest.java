package dev.crosswalk.pipeline;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running service: the real YAML routes watch real folders. */
class InboxServiceTest {

    @TempDir
    Path home;
    TestCrosswalk crosswalk;

    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home, true, Map.of());
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    private Path drop(String folder, String name, KajabiPeople people) throws Exception {
        Path staging = people.write(home.resolve("staging").resolve(name));
        Path inbox = Files.createDirectories(home.resolve("inbox").resolve(folder));
        return Files.move(staging, inbox.resolve(name));
    }

    /** The move to the archive happens just after the exchange completes (Camel moves it then, not before): wait for it. */
    private static Path awaitFile(Path dir, String suffix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    var found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("no *" + suffix + " in " + dir);
    }

    @Test
    void aDroppedExportIsImportedArchivedAndReported() throws Exception {
        NotifyBuilder done = new NotifyBuilder(crosswalk.runtime().context()).fromRoute("inbox-kajabi")
                .whenDone(1).create();

        Path dropped = drop("kajabi", "export.csv", new KajabiPeople()
                .person(person("1", "Ann", "Lee", "ann@example.com")).person(person("2", "Bob", "Ray", "bob@example.com")));

        assertTrue(done.matches(30, TimeUnit.SECONDS));
        Path archived = awaitFile(home.resolve("outbox/archive").resolve(LocalDate.now().toString()).resolve("kajabi"),
                "-export.csv");
        assertFalse(Files.exists(dropped));
        Path json = awaitFile(home.resolve("outbox/reports"), "-report.json");
        BatchReport report = ReportWriter.read(json);
        assertEquals("applied", report.status());
        assertEquals(2, report.rowCount("new"));
        assertEquals(archived.toString(), report.files().get("archive"));
        assertTrue(Files.exists(Path.of(report.files().get("report_html"))));
        assertFalse(report.files().containsKey("conflicts"), "no conflicts, no (header-only) conflicts file");
        assertFalse(Files.exists(home.resolve("outbox/conflicts/" + report.batch() + "-conflicts.csv")));
        assertEquals(2, crosswalk.count("select count(*) from contacts"));
    }

    @Test
    void aRefusedFileMovesToRejectedWithItsReason() throws Exception {
        NotifyBuilder done = new NotifyBuilder(crosswalk.runtime().context()).fromRoute("inbox-kajabi")
                .whenDone(1).create();
        Files.createDirectories(home.resolve("inbox/kajabi"));
        Files.writeString(home.resolve("staging.csv"), "Datum,Uhrzeit,Zeitzone\n1,2,3\n");
        Files.move(home.resolve("staging.csv"), home.resolve("inbox/kajabi/wrong.csv"));

        assertTrue(done.matches(30, TimeUnit.SECONDS));
        Path rejected = awaitFile(home.resolve("outbox/rejected"), "-wrong.csv");
        assertTrue(Files.exists(rejected));
        BatchReport report = ReportWriter.read(awaitFile(home.resolve("outbox/reports"), "-report.json"));
        assertEquals("rejected", report.status());
        assertTrue(report.message().contains("Expected a Kajabi people export"), report.message());
        assertEquals(0, crosswalk.count("select count(*) from import_batches"));
        String page = Files.readString(Path.of(report.files().get("report_html")));
        assertTrue(page.contains("<li>refused file (set aside, not imported): <a href=\"../rejected/"), page);
        assertFalse(page.contains("<li>archive:"), page);

        BatchReport rollback = CompositionRoot.on(CrosswalkSettings.load(
                Map.of("crosswalk.home", home.toString())), crosswalk.dataSource()).rollbacks().rollback(report.batch(), false, "tester");

        assertEquals("refused", rollback.status());
        assertTrue(rollback.message().startsWith("Batch " + report.batch() + " (import, kajabi, wrong.csv) was "
                + "refused and changed nothing (File refused: "), rollback.message());
        assertTrue(rollback.message().endsWith("There is nothing to roll back."), rollback.message());
    }

    @Test
    void aPreviewDropChangesNothing() throws Exception {
        NotifyBuilder done = new NotifyBuilder(crosswalk.runtime().context()).fromRoute("preview-kajabi")
                .whenDone(1).create();

        drop("preview/kajabi", "try.csv", new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com")));

        assertTrue(done.matches(30, TimeUnit.SECONDS));
        BatchReport report = ReportWriter.read(awaitFile(home.resolve("outbox/reports"), "-report.json"));
        assertEquals("previewed", report.status());
        assertEquals(1, report.rowCount("new"));
        assertEquals(0, crosswalk.count("select count(*) from contacts"));
        awaitFile(home.resolve("outbox/archive").resolve(LocalDate.now().toString()).resolve("preview/kajabi"),
                "-try.csv");
        assertEquals(List.of(), crosswalk.rows("select id from import_batches"));
    }

    @Test
    void theMoneyInboxesImportTheirExports() throws Exception {
        NotifyBuilder done = new NotifyBuilder(crosswalk.runtime().context()).fromRoute("inbox-paypal")
                .whenDone(1).and().fromRoute("inbox-ticket-tailor").whenDone(1).create();
        Path paypal = PayPalImportTest.activity(MoneyExports.PAYPAL_DEFAULT).write(home.resolve("staging/pp.csv"));
        Path orders = TicketTailorImportTest.orders(MoneyExports.TICKET_TAILOR,
                MoneyExports.TICKET_TAILOR.get(MoneyExports.TICKET_TAILOR.size() - 1))
                .write(home.resolve("staging/tt.csv"));
        Files.move(paypal, Files.createDirectories(home.resolve("inbox/paypal")).resolve("pp.csv"));
        Files.move(orders, Files.createDirectories(home.resolve("inbox/ticket-tailor")).resolve("tt.csv"));

        assertTrue(done.matches(30, TimeUnit.SECONDS));
        String today = LocalDate.now().toString();
        awaitFile(home.resolve("outbox/archive").resolve(today).resolve("paypal"), "-pp.csv");
        awaitFile(home.resolve("outbox/archive").resolve(today).resolve("ticket-tailor"), "-tt.csv");
        assertEquals(List.of(Map.of("source", "paypal", "n", 3L), Map.of("source", "ticket-tailor", "n", 3L)),
                crosswalk.rows("select source, count(*) as n from transactions group by source order by source"));
    }
}
