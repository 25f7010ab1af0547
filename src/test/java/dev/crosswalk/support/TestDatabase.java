package dev.crosswalk.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL per test JVM (zonky's embedded binaries), and a fresh database per caller, cloned from a
 * template migrated once by the application's own Flyway migrations.
 */
public final class TestDatabase {

    private static final String TEMPLATE = "crosswalk_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static Path dataDirectory;

    private TestDatabase() {
    }

    /** The JDBC URL of a new, migrated, empty database. */
    public static synchronized String freshDatabaseUrl() {
        try {
            if (server == null) {
                dataDirectory = Files.createTempDirectory("crosswalk-test-pg");
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        // deleted after the JVM has gone (stop): hundreds of databases are too many files to
                        // unlink in the exit hook, which the test runner kills after 30 s
                        .setCleanDataDirectory(false)
                        // tests trade durability for speed; the service keeps PostgreSQL's defaults
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                execute("create database " + TEMPLATE);
                PGSimpleDataSource template = dataSource(TEMPLATE);
                Flyway.configure().dataSource(template).locations("classpath:db/migration").load().migrate();
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
            }
            String name = "test_" + COUNTER.incrementAndGet();
            execute("create database " + name + " template " + TEMPLATE);
            return server.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The JDBC URL of a new database that is a copy of the one at {@code url} (its template: nobody may be connected
     * to it), for a test that runs the same work on the same data more than once.
     */
    public static synchronized String copyOf(String url) {
        String original = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
        String name = "test_" + COUNTER.incrementAndGet();
        try {
            execute("create database " + name + " template " + original);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    /** The server itself, for tests that stop and start it. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            freshDatabaseUrl();
        }
        return server;
    }

    private static PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(server.getJdbcUrl("postgres", database));
        return ds;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Stops the server, then leaves its data directory to a detached {@code rm}, which outlives this JVM. */
    private static void stop() {
        try {
            server.close();
            new ProcessBuilder("sh", "-c", "rm -rf \"$0\" >/dev/null 2>&1 &", dataDirectory.toString()).start();
        } catch (IOException ignored) {
            // the JVM is exiting; a directory left behind is only temporary space
        }
    }
}
