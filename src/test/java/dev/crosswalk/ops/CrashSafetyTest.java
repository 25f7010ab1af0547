package dev.crosswalk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.support.TestCrosswalk;
import dev.crosswalk.support.TestDatabase;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7.1: the service runs as its own process and is killed with SIGKILL at random moments while it imports a
 * 200,000-row export, at least ten times, and restarted each time. Between kills no partial batch is ever
 * visible; at the end the file is applied exactly once, archived once, and the database holds exactly what a clean
 * import of the same file produces.
 */
class CrashSafetyTest {

    private static final int ROWS = 200_000;
    private static final int KILLS = 10;
    private static final List<String> TABLES = List.of("contacts", "contact_emails", "contact_identities", "tags",
            "contact_tags", "products", "contact_products", "consent_events", "import_audit_log", "import_conflicts");

    @TempDir
    Path home;
    @TempDir
    Path clean;

    @Test
    void killedAtRandomDuringAnImportItAppliesTheFileExactlyOnce() throws Exception {
        Path export = writeExport(clean.resolve("people.csv"));
        // the clean import runs beside the kills, in this JVM on a database of its own: they share nothing but the file
        ExecutorService beside = Executors.newSingleThreadExecutor();
        try {
            Future<Map<String, Long>> reference = beside.submit(() -> cleanImport(export));
            killAndRestart(export, reference);
        } finally {
            beside.shutdownNow();
        }
    }

    private void killAndRestart(Path export, Future<Map<String, Long>> reference) throws Exception {
        String url = TestDatabase.freshDatabaseUrl();
        Map<String, String> settings = Map.of("crosswalk.inbox.poll-delay-ms", "100",
                "crosswalk.inbox.min-age-ms", "200", "crosswalk.inbox.lock-heartbeat-ms", "300",
                "crosswalk.inbox.lock-expiry-seconds", "1", "crosswalk.import.chunk-size", "2000");
        Path inbox = Files.createDirectories(home.resolve("inbox/kajabi"));
        Files.copy(export, inbox.resolve("people.csv"));
        Path archive = home.resolve("outbox/archive").resolve(LocalDate.now().toString()).resolve("kajabi");
        Random random = new Random(20251125L);
        int kills = 0;
        try (Connection db = DriverManager.getConnection(url, "postgres", ""); Statement st = db.createStatement()) {
            while (kills < KILLS && Files.exists(inbox.resolve("people.csv"))) {
                try (ServiceProcess service = ServiceProcess.start(home, url, home.resolve("service.log"), settings)) {
                    Inbox.await(() -> importUnderWay(st) || !Files.exists(inbox.resolve("people.csv")), 120,
                            () -> "the import to begin");
                    TimeUnit.MILLISECONDS.sleep(random.nextInt(4000));
                    service.kill();
                    kills++;
                }
                // the killed service's transaction ends once its backend notices; a backend still writing would
                // look like the next service's import under way
                Inbox.await(() -> !importUnderWay(st), 60, () -> "the killed service's transaction to end");
                long contacts = count(st, "select count(*) from contacts");
                assertTrue(contacts == 0 || contacts == ROWS, "after kill " + kills + ": all or nothing, saw "
                        + contacts + " contacts");
                assertTrue(count(st, "select count(*) from import_batches") <= 1, "no partial batch rows");
            }
            assertTrue(kills >= KILLS, "killed " + kills + " times during the import");

            try (ServiceProcess service = ServiceProcess.start(home, url, home.resolve("service.log"), settings)) {
                Inbox.await(() -> Inbox.names(inbox).isEmpty() && Inbox.names(archive).size() == 1, 180,
                        () -> "the file imported after the last restart");
            }
            assertEquals(1, count(st, "select count(*) from import_batches where status = 'applied'"),
                    "exactly one applied batch for the file");
            Map<String, Long> expected = reference.get();
            assertEquals(ROWS, expected.get("contacts"));
            assertEquals(expected, counts(sql -> count(st, sql)), "the same rows as a clean import");
            assertEquals(1, Inbox.names(archive).size(), "archived once");
        }
    }

    /** The file imported once, undisturbed, by the same pipeline: the rows of each table. */
    private Map<String, Long> cleanImport(Path export) throws Exception {
        try (TestCrosswalk reference = TestCrosswalk.start(clean.resolve("home"), false,
                Map.of("crosswalk.import.chunk-size", "2000"))) {
            assertEquals("applied", reference.importFile(export, "kajabi").status());
            return counts(reference::count);
        }
    }

    @FunctionalInterface
    private interface Counter {
        long count(String sql) throws Exception;
    }

    private static Map<String, Long> counts(Counter counter) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, counter.count("select count(*) from " + table));
        }
        return counts;
    }

    /** The batch transaction has written and is still open: the service is mid-import. */
    private static boolean importUnderWay(Statement st) throws Exception {
        return count(st, "select count(*) from pg_stat_activity where datname = current_database() "
                + "and backend_xid is not null and pid <> pg_backend_pid()") > 0;
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Path writeExport(Path file) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("Name,First Name,Last Name,Email,Products,Tags,ID,Member ID,External User ID,Created At,"
                    + "Member Created At,Sign In Count,Last Activity,Last Sign In At\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("Person " + i + ",First" + i + ",Last" + i + ",person" + i + "@example.com,Course A,VIP,"
                        + (1_000_000 + i) + ",,,2024-05-06 18:01:32 -0700,,3,,\n");
            }
        }
        return file;
    }
}
