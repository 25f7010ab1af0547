package dev.crosswalk.ops;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7.3: two service processes watch the same inbox and share the database. Each file is taken by exactly one
 * of them (the claim lives in the database) and applied exactly once, and both do part of the work.
 */
class TwoInstancesTest {

    private static final int FILES = 50;
    private static final Pattern TAKEN = Pattern.compile("Batch \\d+ (\\w+) (people-\\d+\\.csv): ");

    @TempDir
    Path home;

    @Test
    void twoInstancesShareTheInboxAndApplyEveryFileExactlyOnce() throws Exception {
        String url = TestDatabase.freshDatabaseUrl();
        Map<String, String> settings = Map.of("crosswalk.inbox.poll-delay-ms", "100",
                "crosswalk.inbox.min-age-ms", "200", "crosswalk.import.chunk-size", "50",
                "crosswalk.import.progress-every-rows", "10");
        Files.createDirectories(home.resolve("inbox/kajabi"));
        try (ServiceProcess a = ServiceProcess.start(home, url, home.resolve("a.log"), settings);
                ServiceProcess b = ServiceProcess.start(home, url, home.resolve("b.log"), settings)) {
            a.awaitStarted(90);
            b.awaitStarted(90);
            Path staging = Files.createDirectories(home.resolve("staging"));
            for (int i = 0; i < FILES; i++) {
                String name = String.format("people-%02d.csv", i);
                KajabiPeople people = new KajabiPeople();
                for (int p = 0; p < 20; p++) {
                    String id = i + "-" + p;
                    people.person(person(id, "P" + id, "Q", "p" + id + "@example.com"));
                }
                Files.move(people.write(staging.resolve(name)), home.resolve("inbox/kajabi").resolve(name));
            }
            Path archive = home.resolve("outbox/archive").resolve(LocalDate.now().toString()).resolve("kajabi");
            Inbox.await(() -> Inbox.names(home.resolve("inbox/kajabi")).isEmpty()
                    && Inbox.names(archive).size() == FILES, 180,
                    () -> "all files archived; inbox " + Inbox.names(home.resolve("inbox/kajabi")));

            Set<String> byA = taken(a.log());
            Set<String> byB = taken(b.log());
            assertFalse(byA.isEmpty(), "instance A took some files");
            assertFalse(byB.isEmpty(), "instance B took some files");
            Set<String> both = new HashSet<>(byA);
            both.retainAll(byB);
            assertEquals(Set.of(), both, "no file was taken by both instances");
            assertEquals(FILES, byA.size() + byB.size());

            Map<String, BatchReport> reports = Inbox.reportsByFile(home.resolve("outbox/reports"));
            assertEquals(FILES, reports.size());
            reports.values().forEach(r -> assertEquals("applied", r.status(), r.file()));
            assertEquals(FILES, Inbox.names(home.resolve("outbox/reports")).stream()
                    .filter(n -> n.endsWith("-report.json")).count(), "one report per file, no duplicates");
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
                assertEquals(FILES, count(st, "select count(*) from import_batches where status = 'applied'"));
                assertEquals(FILES, count(st, "select count(distinct file_name) from import_batches"));
                assertEquals(FILES * 20, count(st, "select count(*) from contacts"));
                assertEquals(0, count(st, "select count(*) from camel_messageprocessed"), "claims released");
            }
            assertTrue(a.isAlive() && b.isAlive());
            // issue 7.6: per-batch counters and progress lines with rows/s, one set per file
            String logs = a.log() + b.log();
            assertEquals(FILES, count(COUNTERS, logs), "a counters line per batch");
            assertEquals(FILES * 2, count(PROGRESS, logs), "progress every 10 rows, with the rate");
            // issue 7.8: no row content in the log (names, emails), nor database credentials
            assertFalse(logs.contains("@example.com") || logs.contains("P1-1"), "no row content in the log");
            assertFalse(logs.toLowerCase().contains("password"), "no credentials in the log");
        }
    }

    private static final Pattern COUNTERS = Pattern.compile("Batch \\d+ applied people-\\d+\\.csv: \\{read=20, "
            + "new=20, updated=0, unchanged=0, conflict=0, rejected=0, skipped=0}");
    private static final Pattern PROGRESS = Pattern.compile("Batch \\d+ \\(people-\\d+\\.csv\\): [12]0 rows read "
            + "\\(\\d+ rows/s\\)");

    private static long count(Pattern pattern, String text) {
        return pattern.matcher(text).results().count();
    }

    private static Set<String> taken(String log) {
        Set<String> files = new HashSet<>();
        Matcher m = TAKEN.matcher(log);
        while (m.find()) {
            files.add(m.group(2));
        }
        return files;
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
