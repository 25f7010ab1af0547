package dev.crosswalk.ops;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.health.DatabaseHealthCheck;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import dev.crosswalk.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7.7: the settings a managed PostgreSQL such as Supabase needs, against a real server: prepareThreshold=0
 * (a transaction-mode pooler), the statement timeout, and SSL — an import over TLS to a server with a self-signed
 * certificate, and sslmode=require enforced (never silently downgraded) against a server without one.
 */
class ExternalPostgresSettingsTest {

    private static final String SECRET = "s3cr3t-Pa55-9f1c";

    @TempDir
    Path home;

    @Test
    void prepareThresholdZeroLeavesNoServerSidePreparedStatements() throws Exception {
        try (TestCrosswalk pooled = TestCrosswalk.start(home.resolve("a"), false,
                Map.of("crosswalk.db.url", TestDatabase.freshDatabaseUrl() + "&prepareThreshold=0"));
                TestCrosswalk direct = TestCrosswalk.start(home.resolve("b"))) {
            assertEquals(0, serverPreparedAfterTenRuns(pooled), "nothing prepared on the server: safe for a pooler");
            assertTrue(serverPreparedAfterTenRuns(direct) > 0, "the driver's default does prepare (control)");
            Path file = new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                    .write(home.resolve("p.csv"));
            assertEquals("applied", pooled.importFile(file, "kajabi").status());
        }
    }

    private static long serverPreparedAfterTenRuns(TestCrosswalk crosswalk) throws SQLException {
        try (Connection c = crosswalk.dataSource().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from contacts where id > ?")) {
                for (int i = 0; i < 10; i++) {
                    ps.setLong(1, i);
                    ps.executeQuery().close();
                }
            }
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from pg_prepared_statements")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void theStatementTimeoutStopsALongStatementAndImportsStillWork() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, false,
                Map.of("crosswalk.db.statement-timeout-ms", "300"))) {
            assertEquals("300ms", crosswalk.rows("show statement_timeout").get(0).get("statement_timeout"));
            SQLException timedOut = assertThrows(SQLException.class, () -> crosswalk.rows("select pg_sleep(2)"));
            assertEquals("57014", timedOut.getSQLState(), "canceled by the statement timeout");
            Path file = new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                    .write(home.resolve("p.csv"));
            assertEquals("applied", crosswalk.importFile(file, "kajabi").status());
        }
    }

    @Test
    void anImportRunsOverTlsWhenTheServerHasACertificate() throws Exception {
        Path tls = Files.createDirectories(home.resolve("tls"));
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                "-subj", "/CN=localhost", "-keyout", tls.resolve("server.key").toString(), "-out",
                tls.resolve("server.crt").toString()).redirectErrorStream(true).start();
        openssl.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertEquals(0, openssl.waitFor(), "openssl made a self-signed certificate");
        Files.setPosixFilePermissions(tls.resolve("server.key"), PosixFilePermissions.fromString("rw-------"));
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", tls.resolve("server.crt").toString())
                .setServerConfig("ssl_key_file", tls.resolve("server.key").toString())
                .start();
                TestCrosswalk crosswalk = TestCrosswalk.start(home.resolve("home"), false, Map.of(
                        "crosswalk.db.url", server.getJdbcUrl("postgres", "postgres") + "&sslmode=require"))) {
            assertEquals(true, crosswalk.rows("select ssl from pg_stat_ssl where pid = pg_backend_pid()").get(0)
                    .get("ssl"), "the session is encrypted");
            Path file = new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                    .write(home.resolve("p.csv"));
            assertEquals("applied", crosswalk.importFile(file, "kajabi").status());
        }
    }

    @Test
    void sslModeRequireIsEnforcedAndSaysWhy() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, false,
                Map.of("crosswalk.db.url", TestDatabase.freshDatabaseUrl() + "&sslmode=require",
                        "crosswalk.db.connect-timeout-ms", "500"))) {
            assertFalse(crosswalk.runtime().database().isReady(), "no plain-text fallback");
            HealthCheck.Result health = new DatabaseHealthCheck(crosswalk.runtime().database()).call();
            assertEquals(HealthCheck.State.DOWN, health.getState());
            assertTrue(health.getMessage().orElse("").contains("unreachable"), health.getMessage().toString());
        }
    }

    @Test
    void thePasswordComesFromAFileAndNeverReachesLogsOrReports() throws Exception {
        Path secretFile = Files.writeString(home.resolve("db-password"), SECRET + "\n");
        try (LogCapture log = LogCapture.start();
                TestCrosswalk crosswalk = TestCrosswalk.start(home.resolve("home"), true, Map.of(
                        "crosswalk.db.password-file", secretFile.toString()));
                TestCrosswalk unreachable = TestCrosswalk.start(home.resolve("other"), false, Map.of(
                        "crosswalk.db.url", "jdbc:postgresql://127.0.0.1:1/postgres?password=" + SECRET,
                        "crosswalk.db.connect-timeout-ms", "300"))) {
            assertEquals(SECRET, dev.crosswalk.config.CrosswalkSettings.load(
                    Map.of("crosswalk.db.password-file", secretFile.toString())).dbPassword());
            Path inbox = Files.createDirectories(home.resolve("home/inbox/kajabi"));
            Files.move(new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                    .write(home.resolve("p.csv")), inbox.resolve("p.csv"));
            Files.writeString(home.resolve("bad.csv"), "Foo\n1\n");
            Files.move(home.resolve("bad.csv"), inbox.resolve("bad.csv"));
            Inbox.await(() -> Inbox.reportsByFile(home.resolve("home/outbox/reports")).size() == 2, 30,
                    () -> "both files reported");
            assertTrue(log.text().contains("Database unreachable at start-up (jdbc:postgresql://127.0.0.1:1/postgres)"),
                    "the URL is logged without its parameters");
            assertFalse(log.text().contains(SECRET), "no password in the log");
            assertFalse(new DatabaseHealthCheck(unreachable.runtime().database()).call().getMessage().orElse("")
                    .contains(SECRET), "no password in the health check");
            try (Stream<Path> outbox = Files.walk(home.resolve("home/outbox"))) {
                for (Path f : outbox.filter(Files::isRegularFile).toList()) {
                    assertFalse(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).contains(SECRET),
                            f.toString());
                }
            }
        }
    }
}
