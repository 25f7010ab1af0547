package dev.crosswalk.rollback;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The definition of done: import → review a conflicts file (dropped into inbox/review/) → merge two
 * people → roll back the import. Each step leaves a report, and the database after the rollback equals the
 * database before the import, row for row.
 */
class UndoWorkflowTest {

    @TempDir
    Path home;
    TestCrosswalk crosswalk;
    CrosswalkSettings settings;

    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home, true, Map.of());
        settings = CrosswalkSettings.load(Map.of("crosswalk.home", home.toString()));
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    static Map<String, String> ann(String city) {
        Map<String, String> v = person("106604827", "Ann", "Lee", "ann@example.com");
        v.put("City (address_city)", city);
        v.put("Tags", "quiz");
        return v;
    }

    @Test
    void importReviewMergeAndRollbackLeaveTheDatabaseAsItWas() throws Exception {
        crosswalk.importFile(new KajabiPeople().person(ann("Boulder"))
                .person(person("106604828", "Bob", "Ray", "bob@example.org")).write(home.resolve("w1.csv")), "kajabi");
        crosswalk.lockByPerson(crosswalk.count("select id from contacts where email = 'ann@example.com'"),
                "FULL_LOCK");
        var before = crosswalk.dataSnapshot();

        Map<String, String> bob = person("106604828", "Bob", "Ray", "bob@example.org");
        bob.put("Phone Number (phone_number)", "+1 303 555 0100");
        bob.put("Tags", "VIP");
        BatchReport imported = crosswalk.importFile(new KajabiPeople().person(ann("Denver")).person(bob)
                .person(person("106604829", "Robert", "Ray", "robert@example.org")).write(home.resolve("w2.csv")),
                "kajabi");
        assertEquals(1, imported.rowCount("conflict"));

        BatchReport review = dropDecisions(imported, "TAKE");
        assertEquals(1, review.rowCount("updated"), review.message());
        assertEquals("Denver", crosswalk.rows("select city from contacts where email = 'ann@example.com'").get(0)
                .get("city"));

        long bobId = contact("bob@example.org");
        long robertId = contact("robert@example.org");
        BatchReport merged = CompositionRoot.on(settings, crosswalk.dataSource()).merges().merge(bobId, robertId, "tester");
        assertEquals("applied", merged.status(), merged.message());

        RollbackService rollbacks = CompositionRoot.on(settings, crosswalk.dataSource()).rollbacks();
        BatchReport refused = rollbacks.rollback(imported.batch(), false, "tester");
        assertEquals("refused", refused.status());
        assertTrue(refused.message().contains(review.batch() + ", " + merged.batch()), refused.message());

        BatchReport rollback = rollbacks.rollback(imported.batch(), true, "tester");

        assertEquals("applied", rollback.status(), rollback.message());
        assertEquals(before, crosswalk.dataSnapshot());
        for (BatchReport r : List.of(imported, review, merged, rollback)) {
            assertTrue(Files.isRegularFile(Path.of(r.files().get("report_html"))), r.kind());
        }
        assertEquals(List.of(Map.of("status", "dismissed")), crosswalk.rows("select status from import_conflicts"));
    }

    @Test
    void aDroppedFileThatIsNotADecisionsFileIsRefusedWholeAndMovedToRejected() throws Exception {
        NotifyBuilder done = new NotifyBuilder(crosswalk.runtime().context()).fromRoute("review-decisions")
                .whenDone(1).create();
        Path staged = new CsvFixture(List.of("Email", "Decision")).row(List.of("ann@example.com", "TAKE"))
                .write(home.resolve("mine.csv"));
        Files.createDirectories(home.resolve("inbox/review"));
        Files.move(staged, home.resolve("inbox/review/mine.csv"));

        assertTrue(done.matches(30, TimeUnit.SECONDS));
        Path rejected = await(home.resolve("outbox/rejected"), "-mine.csv");
        long batch = Long.parseLong(rejected.getFileName().toString().split("-")[0]);
        BatchReport report = ReportWriter.read(home.resolve("outbox/reports").resolve(batch + "-report.json"));
        assertEquals("rejected", report.status());
        assertTrue(report.message().contains("not a Crosswalk conflicts file"), report.message());
        assertEquals(0, crosswalk.count("select count(*) from import_batches"));
    }

    /** The import's conflicts CSV with every decision filled in, dropped into inbox/review/ for the route. */
    private BatchReport dropDecisions(BatchReport batch, String decision) throws Exception {
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(Path.of(batch.files().get("conflicts")), StandardCharsets.UTF_8)) {
            in.skip(1);
            records = CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
        }
        CsvFixture out = new CsvFixture(records.get(0).getParser().getHeaderNames());
        for (CSVRecord r : records) {
            List<String> values = new ArrayList<>(r.toList());
            values.set(records.get(0).getParser().getHeaderNames().indexOf("decision"), decision);
            out.row(values);
        }
        Path staged = out.write(home.resolve("decisions.csv"));
        NotifyBuilder done = new NotifyBuilder(crosswalk.runtime().context()).fromRoute("review-decisions")
                .whenDone(1).create();
        Files.createDirectories(home.resolve("inbox/review"));
        Files.move(staged, home.resolve("inbox/review/decisions.csv"));
        assertTrue(done.matches(30, TimeUnit.SECONDS));
        Path archived = await(home.resolve("outbox/archive").resolve(LocalDate.now().toString()).resolve("review"),
                "-decisions.csv");
        long reviewBatch = Long.parseLong(archived.getFileName().toString().split("-")[0]);
        return ReportWriter.read(home.resolve("outbox/reports").resolve(reviewBatch + "-report.json"));
    }

    /** The file the route moved into {@code dir} (the move completes just after the exchange is done). */
    private static Path await(Path dir, String suffix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    var found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("no *" + suffix + " in " + dir + " by " + Instant.now());
    }

    private long contact(String email) throws Exception {
        return (Long) crosswalk.rows("select contact_id from contact_emails where email = '" + email + "'").get(0)
                .get("contact_id");
    }
}
