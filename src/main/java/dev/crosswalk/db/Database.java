package dev.crosswalk.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.crosswalk.config.StartRefused;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one PostgreSQL Crosswalk writes to: the external server named by {@code crosswalk.db.url}, or else an
 * embedded PostgreSQL 17 whose data directory persists under {@code crosswalk.home}. Migrated by Flyway on open.
 */
public final class Database implements AutoCloseable {

    /**
     * The crosswalk.db.* settings: an external server's {@code url} (empty: the embedded one, on {@code embeddedPort}
     * with its data in {@code embeddedDataDir}), the pool's size and timeouts (a statement timeout of 0 is none),
     * and the backoff while the server does not answer.
     */
    public record Options(String url, String user, String password, int embeddedPort, Path embeddedDataDir,
            int poolSize, int connectTimeoutMs, int statementTimeoutMs, RetryBackoff retry) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final EmbeddedPostgres embedded;
    private final HikariDataSource dataSource;
    private final String where;
    private final RetryBackoff retry;
    private volatile boolean ready;
    private boolean closed;

    private Database(EmbeddedPostgres embedded, HikariDataSource dataSource, String where, RetryBackoff retry) {
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.where = where;
        this.retry = retry;
    }

    /** The service's database: when the server does not answer yet, it is waited for in the background. */
    public static Database open(Options settings) {
        return open(settings, true);
    }

    /**
     * @param waitForServer the service's way: a server that does not answer is waited for in the background (with
     *     a warning at each try); false is a one-shot command's: it fails at once, in one
     *     {@link DatabaseUnavailableException}, and warns of nothing
     */
    public static Database open(Options settings, boolean waitForServer) {
        EmbeddedPostgres embedded = null;
        String url = settings.url();
        String user = settings.user();
        String password = settings.password();
        if (url.isEmpty()) {
            url = "jdbc:postgresql://127.0.0.1:" + settings.embeddedPort() + "/postgres";
            user = "postgres";
            password = "";
            String served = servedDirectory(url);
            if (served == null) {
                refuseIfPortTaken(settings);
                embedded = startEmbedded(settings);
            } else if (!sameFolder(Path.of(served), settings.embeddedDataDir())) {
                // never write into another home's database because it happens to answer on this port
                throw new StartRefused("the embedded-database port 127.0.0.1:" + settings.embeddedPort()
                        + " is taken by a PostgreSQL serving " + served + postmasterPid(Path.of(served))
                        + ", not this home's " + settings.embeddedDataDir() + "; set crosswalk.db.embedded.port "
                        + "(CROSSWALK_DB_PORT) to a free port");
            }
            // else a running service (or a server left by a killed one) already serves this data directory: share it
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("crosswalk");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(settings.poolSize());
        config.setAutoCommit(true);
        config.setConnectionTimeout(settings.connectTimeoutMs());
        if (settings.statementTimeoutMs() > 0) {
            // a start-up parameter, so it holds through a transaction-mode pooler too (no session SET needed)
            config.addDataSourceProperty("options", "-c statement_timeout=" + settings.statementTimeoutMs());
        }
        // the pool starts even when the server does not answer yet; connections are made when it does
        config.setInitializationFailTimeout(-1);
        Database database = new Database(embedded, new HikariDataSource(config), redact(url), settings.retry());
        if (waitForServer) {
            database.migrateOrWait();
        } else {
            database.migrateOrFail();
        }
        return database;
    }

    /**
     * Flyway migrations now, or — when the server cannot be reached — in the background, retried with backoff
     * until it answers. Until then {@link #isReady()} is false: imports wait and the health check says DOWN.
     */
    private void migrateOrWait() {
        try {
            migrate();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            LOG.warn("Database unreachable at start-up ({}): {}. Crosswalk runs and keeps trying (first retry "
                    + "in {} ms, backing off to {} ms); imports wait until it answers.", where, 
                    DatabaseOutage.describe(e), retry.initialDelayMs(), retry.maxDelayMs());
            Thread waiter = new Thread(this::migrateWhenReachable, "crosswalk-db-wait");
            waiter.setDaemon(true);
            waiter.start();
        }
    }

    /** Flyway migrations now; a server that cannot be reached ends the command, said in one line. */
    private void migrateOrFail() {
        try {
            migrate();
        } catch (RuntimeException e) {
            close();
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            throw new DatabaseUnavailableException("the database (" + where + ") does not answer: "
                    + DatabaseOutage.describe(e), e);
        }
    }

    private void migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        ready = true;
        LOG.info("Database ready: {}", embedded != null ? "embedded PostgreSQL on port " + embedded.getPort()
                : where);
    }

    private void migrateWhenReachable() {
        for (int attempt = 1; !ready && !dataSource.isClosed(); attempt++) {
            long delay = retry.delayBefore(attempt);
            try {
                Thread.sleep(delay);
                migrate();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (dataSource.isClosed()) {
                    return; // Crosswalk stopped while waiting: nothing failed
                }
                if (!DatabaseOutage.isOutage(e)) {
                    LOG.error("Database answers but cannot be migrated: {}", e.toString());
                    return;
                }
                LOG.warn("Database still unreachable ({}): {}; next try in {} ms", where, DatabaseOutage.describe(e),
                        retry.delayBefore(attempt + 1));
            }
        }
    }

    private static EmbeddedPostgres startEmbedded(Options settings) {
        try {
            Files.createDirectories(settings.embeddedDataDir());
            LOG.info("Starting the embedded PostgreSQL (data in {})", settings.embeddedDataDir());
            return EmbeddedPostgres.builder()
                    .setDataDirectory(settings.embeddedDataDir())
                    // the data directory holds the user's database: never wipe it on start
                    .setCleanDataDirectory(false)
                    .setPort(settings.embeddedPort())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // zonky turns synchronous_commit off for test speed; a committed batch must survive a crash
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    // stopped by Crosswalk after Camel has finished with it, never by a hook racing Camel's stop
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + settings.embeddedDataDir(), e);
        }
    }

    /** The data directory of the PostgreSQL answering on the embedded port, or null when none answers. */
    private static String servedDirectory(String url) {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("connectTimeout", "2");
        try (Connection c = new org.postgresql.Driver().connect(url, props);
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery(Sql.load("db/data-directory"))) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException | NullPointerException e) {
            return null;
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException notBoth) {
            return false;
        }
    }

    private static void refuseIfPortTaken(Options settings) {
        try (ServerSocket probe = new ServerSocket(settings.embeddedPort(), 1, InetAddress.getLoopbackAddress())) {
            return;
        } catch (IOException taken) {
            throw new StartRefused("the embedded-database port 127.0.0.1:" + settings.embeddedPort()
                    + " is taken by another program; set crosswalk.db.embedded.port (CROSSWALK_DB_PORT) to a free "
                    + "port");
        }
    }

    private static String postmasterPid(Path dataDirectory) {
        try {
            return " (pid " + Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip() + ")";
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }

    /** A JDBC URL without its query string, which may carry credentials. */
    static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Migrated and usable; false while the server has not answered since start-up. */
    public boolean isReady() {
        return ready;
    }

    /** The server and database without credentials or parameters, for logs and the health check. */
    public String where() {
        return where;
    }

    public RetryBackoff retry() {
        return retry;
    }

    /**
     * Idempotent: the service's ordered stop and the command that opened it may both close it, on two threads. A
     * second caller waits for the first to finish: the JVM ends as soon as the stop hook returns, and a hook that
     * returned while another thread was still stopping the embedded PostgreSQL left it running.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        dataSource.close();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                LOG.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
