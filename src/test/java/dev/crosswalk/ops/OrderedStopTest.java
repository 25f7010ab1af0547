package dev.crosswalk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Database;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.TestCrosswalk;
import dev.crosswalk.support.TestDatabase;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop (SIGTERM) while the service works: Camel stops taking work and lets the running audit or batch finish
 * before the database stops; an audit that cannot finish within the grace period is recorded failed with the
 * reason; runs a dead process left running are recorded failed at the next start. One line says what the stop
 * waited for.
 */
class OrderedStopTest {

    @TempDir
    Path home;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The service on its own embedded database (the README's set-up), the audit firing every second. */
    private Map<String, String> embedded(int port) {
        Map<String, String> settings = new HashMap<>();
        settings.put("crosswalk.db.embedded.port", Integer.toString(port));
        settings.put("crosswalk.inbox.poll-delay-ms", "100");
        settings.put("crosswalk.inbox.min-age-ms", "200");
        settings.put("camel.main.shutdown-timeout", "60");
        return settings;
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Another session holds {@code contacts}: whatever reads or writes it waits, until {@link #close()}. */
    private record Blocker(Connection connection) implements AutoCloseable {

        static Blocker hold(String url) throws SQLException {
            Connection c = DriverManager.getConnection(url, "postgres", "");
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("lock table contacts in access exclusive mode");
            }
            return new Blocker(c);
        }

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    private Database reopen(int port) {
        return Database.open(CompositionRoot.databaseOptions(CrosswalkSettings.load(Map.of("crosswalk.home",
                home.toString(), "crosswalk.db.url", "", "crosswalk.db.embedded.port", Integer.toString(port)))));
    }

    @Test
    void aStopDuringTheAuditLetsItFinishBeforeTheEmbeddedDatabaseStops() throws Exception {
        int port = freePort();
        Map<String, String> settings = embedded(port);
        settings.put("crosswalk.audit.cron", "* * * * * ?");
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (ServiceProcess service = ServiceProcess.start(home, "", home.resolve("service.log"), settings)
                .awaitStarted(120)) {
            try (Blocker blocker = Blocker.hold(url); Statement st = blocker.connection().createStatement()) {
                // an audit waiting on the held table (one that had read it before the lock just finishes)
                terminateOnceWaitingOnTheLock(service, st, "an audit");
            }
            Inbox.await(() -> !service.isAlive(), 90, () -> "the service to stop");
            String log = service.log();
            assertTrue(log.contains("waited for the data audit; then the database."), log);
            assertTrue(!log.contains("Connection refused"), log);
        }
        try (Database db = reopen(port); Connection c = db.dataSource().getConnection();
                Statement st = c.createStatement()) {
            assertEquals(0, count(st, "select count(*) from audit_runs where status <> 'done'"),
                    "the audit the stop waited for finished");
            assertTrue(count(st, "select count(*) from audit_runs where status = 'done'") >= 1);
        }
    }

    @Test
    void aStopDuringAnImportLetsTheBatchFinishAndArchivesTheFile() throws Exception {
        int port = freePort();
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        Path inbox = home.resolve("inbox/manual");
        try (ServiceProcess service = ServiceProcess.start(home, "", home.resolve("service.log"), embedded(port))
                .awaitStarted(120)) {
            try (Blocker blocker = Blocker.hold(url); Statement st = blocker.connection().createStatement()) {
                Files.writeString(inbox.resolve("people.csv"), "Email,Name\nann@example.com,Ann Lee\n"
                        + "bob@example.org,Bob Ray\n");
                terminateOnceWaitingOnTheLock(service, st, "the import");
            }
            Inbox.await(() -> !service.isAlive(), 90, () -> "the service to stop");
            String log = service.log();
            assertTrue(log.contains("waited for the import of people.csv"), log);
        }
        assertTrue(Inbox.names(inbox).isEmpty(), "the file left the inbox");
        assertEquals(1, Inbox.names(home.resolve("outbox/archive").resolve(LocalDate.now().toString())
                .resolve("manual")).size());
        try (Database db = reopen(port); Connection c = db.dataSource().getConnection();
                Statement st = c.createStatement()) {
            assertEquals(2, count(st, "select count(*) from contacts"));
            assertEquals(1, count(st, "select count(*) from import_batches where status = 'applied'"));
        }
    }

    @Test
    void anAuditThatCannotFinishWithinTheGracePeriodIsRecordedFailedWithTheReason() throws Exception {
        String url = TestDatabase.freshDatabaseUrl();
        Map<String, String> settings = new HashMap<>();
        settings.put("crosswalk.audit.cron", "* * * * * ?");
        settings.put("camel.main.shutdown-timeout", "2");
        try (Blocker blocker = Blocker.hold(url); Statement st = blocker.connection().createStatement()) {
            try (ServiceProcess service = ServiceProcess.start(home, url, home.resolve("service.log"), settings)
                    .awaitStarted(120)) {
                Inbox.await(() -> count(st, "select count(*) from audit_runs where status = 'running'") > 0, 60,
                        () -> "an audit to start");
                service.terminate(60);
                String log = service.log();
                assertTrue(log.contains("waited for the data audit; the grace period of 2 s ended before the data "
                        + "audit finished"), log);
            }
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select status, finished_at, message from audit_runs")) {
            assertTrue(rs.next());
            assertEquals("failed", rs.getString("status"));
            assertTrue(rs.getTimestamp("finished_at") != null);
            assertTrue(rs.getString("message").startsWith("interrupted: Crosswalk stopped before the audit finished "
                    + "(grace period 2 s)"), rs.getString("message"));
        }
    }

    @Test
    void runsLeftRunningByADeadProcessAreRecordedFailedAtStartUp(@TempDir Path other) throws Exception {
        long dead = deadPid();
        String host = java.lang.management.ManagementFactory.getRuntimeMXBean().getName().replaceFirst("^\\d+", "");
        try (TestCrosswalk first = TestCrosswalk.start(other)) {
            DataSource ds = first.dataSource();
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("insert into audit_runs (trigger, instance) values ('schedule', '" + dead + host
                        + "'), ('cli', '1@another-host')");
            }
            String url;
            try (Connection c = ds.getConnection()) {
                url = c.getMetaData().getURL();
            }
            try (TestCrosswalk service = TestCrosswalk.start(home, true, Map.of("crosswalk.db.url", url))) {
                List<Map<String, Object>> runs = service.rows("select instance, status, message from audit_runs "
                        + "order by id");
                assertEquals("failed", runs.get(0).get("status"));
                assertEquals("interrupted: the process that ran it (" + dead + host + ") stopped before the audit "
                        + "finished", runs.get(0).get("message"));
                assertEquals("running", runs.get(1).get("status"), "another host's run cannot be judged");
            }
        }
    }

    private static long deadPid() {
        for (long pid = 4_000_000; ; pid--) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
    }

    /** Once {@code what} waits on the held table, SIGTERM the service (in the background) while it still waits. */
    private static void terminateOnceWaitingOnTheLock(ServiceProcess service, Statement st, String what)
            throws Exception {
        Inbox.await(() -> count(st, "select count(*) from pg_stat_activity where wait_event_type = 'Lock'") > 0,
                60, () -> what + " to wait on the held table");
        new Thread(() -> {
            try {
                service.terminate(90);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }).start();
        Thread.sleep(1500);
    }
}
