package dev.crosswalk.ops;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7.2: the database really stops — its own embedded PostgreSQL, stopped and started again on the same data
 * directory and port — at start-up and in the middle of an import. The file waits in its inbox (not rejected, not
 * failed, not archived), the log says why and when it retries, the retries back off, and once the database is back
 * the file is imported exactly once.
 */
class DatabaseOutageTest {

    private static final Pattern RETRY = Pattern.compile("Retry (\\d+) in (\\d+) ms");

    @TempDir
    Path home;
    @TempDir
    Path pgData;
    private final int port = freePort();
    private EmbeddedPostgres pg;

    @AfterEach
    void stopDatabase() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    private void startDatabase() throws IOException {
        pg = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("fsync", "off").start();
    }

    private void stopDatabaseNow() throws IOException {
        pg.close();
        pg = null;
    }

    private TestCrosswalk startService() throws Exception {
        return TestCrosswalk.start(home, true, Map.of(
                "crosswalk.db.url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "crosswalk.db.connect-timeout-ms", "500",
                "crosswalk.db.retry.initial-delay-ms", "200",
                "crosswalk.db.retry.max-delay-ms", "1600",
                "crosswalk.import.chunk-size", "500"));
    }

    private Path drop(String name, int people) throws IOException {
        KajabiPeople file = new KajabiPeople();
        for (int i = 0; i < people; i++) {
            file.person(person(Integer.toString(i), "P" + i, "Q", "p" + i + "@example.com"));
        }
        Path inbox = Files.createDirectories(home.resolve("inbox/kajabi"));
        return Files.move(file.write(Files.createDirectories(home.resolve("staging")).resolve(name)),
                inbox.resolve(name));
    }

    private Path archive() {
        return home.resolve("outbox/archive").resolve(LocalDate.now().toString()).resolve("kajabi");
    }

    @Test
    void theServiceStartsWithoutTheDatabaseAndImportsOnceItAnswers() throws Exception {
        try (LogCapture log = LogCapture.start(); TestCrosswalk crosswalk = startService()) {
            assertFalse(crosswalk.runtime().database().isReady(), "not ready while the database is down");
            Path dropped = drop("early.csv", 10);

            TimeUnit.SECONDS.sleep(3);
            assertTrue(Files.exists(dropped), "the file waits in the inbox");
            assertEquals(Map.of(), outboxFiles(), "nothing rejected, archived or reported");
            assertFalse(Files.exists(home.resolve("inbox/kajabi/.failed")));
            assertTrue(log.text().contains("Database unreachable at start-up"), "start-up says why");
            assertTrue(log.text().contains("Database still unreachable"), "and that it keeps trying");
            Health health = Health.get(Health.port(crosswalk));
            assertEquals(503, health.code(), "unhealthy while the database is down");
            assertEquals("DOWN", health.state("database"));

            startDatabase();
            Inbox.await(() -> Inbox.names(archive()).size() == 1, 60, () -> "the file archived once the DB is up");
            assertTrue(crosswalk.runtime().database().isReady());
            Inbox.await(() -> "UP".equals(Health.get(Health.port(crosswalk)).state("database")), 30,
                    () -> "the database check UP again");
            assertEquals(10, crosswalk.count("select count(*) from contacts"));
            assertEquals(1, crosswalk.count("select count(*) from import_batches where status = 'applied'"));
        }
    }

    @Test
    void anImportCutOffByTheDatabaseWaitsAndCompletesExactlyOnceWhenItIsBack() throws Exception {
        startDatabase();
        int people = 40_000;
        try (LogCapture log = LogCapture.start(); TestCrosswalk crosswalk = startService()) {
            Path dropped = drop("big.csv", people);
            Inbox.await(() -> importUnderWay(crosswalk), 60, () -> "the import to be under way");

            stopDatabaseNow();
            Inbox.await(() -> retries(log.text()) >= 3, 60, () -> "three retries logged:\n" + log.text());
            assertTrue(Files.exists(dropped), "the file waits in the inbox");
            assertFalse(Files.exists(home.resolve("inbox/kajabi/.failed")), "an outage is not a failure");
            assertEquals(Map.of(), outboxFiles(), "nothing rejected, archived or reported");
            assertBacksOff(log.text());
            assertTrue(log.text().contains("Database unreachable while importing big.csv"), log.text());

            startDatabase();
            Inbox.await(() -> Inbox.names(archive()).size() == 1, 120, () -> "the file archived once the DB is up");
            assertEquals(people, crosswalk.count("select count(*) from contacts"));
            assertEquals(people, crosswalk.count("select count(*) from contact_emails"));
            assertEquals(1, crosswalk.count("select count(*) from import_batches"));
            BatchReport report = Inbox.reportsByFile(home.resolve("outbox/reports")).get("big.csv");
            assertEquals("applied", report.status());
            assertEquals(people, report.rowCount("new"));
            assertEquals(1, Inbox.names(home.resolve("outbox/reports")).stream()
                    .filter(n -> n.endsWith("-report.json")).count(), "the cut-off attempts left no reports");
            assertEquals(0, crosswalk.count("select count(*) from camel_messageprocessed"), "claim released");
        }
    }

    /** A transaction that has written and has been open for a while: the batch is streaming its chunks. */
    private static boolean importUnderWay(TestCrosswalk crosswalk) throws Exception {
        return crosswalk.count("select count(*) from pg_stat_activity where backend_xid is not null "
                + "and xact_start < now() - interval '500 milliseconds'") > 0;
    }

    /** Each logged retry waits at least as long as the one before, and some wait longer. */
    private static void assertBacksOff(String log) {
        Matcher m = RETRY.matcher(log);
        long previous = 0;
        boolean grew = false;
        while (m.find()) {
            long delay = Long.parseLong(m.group(2));
            assertTrue(delay >= previous, "retry delays never shrink: " + log);
            grew |= previous > 0 && delay > previous;
            previous = delay;
        }
        assertTrue(grew, "retry delays grow");
    }

    private static int retries(String log) {
        Matcher m = RETRY.matcher(log);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private Map<String, Object> outboxFiles() throws IOException {
        Map<String, Object> found = new java.util.TreeMap<>();
        for (String dir : new String[] {"rejected", "reports", "conflicts", "archive"}) {
            Path folder = home.resolve("outbox").resolve(dir);
            if (Files.isDirectory(folder)) {
                try (var files = Files.walk(folder)) {
                    files.filter(Files::isRegularFile).forEach(f -> found.put(home.relativize(f).toString(), f));
                }
            }
        }
        return found;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
