package dev.crosswalk.bench;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Sql;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The one database a benchmark run writes to: a fresh embedded PostgreSQL configured as the service's own embedded
 * database (the library's defaults; the results record fsync and synchronous_commit), or the external server named
 * by {@code crosswalk.db.url} — which must hold no contacts, because the benchmark empties it between scenarios.
 */
final class BenchDatabase implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String url;
    private final String user;
    private final String password;
    private final Long postmaster;

    private BenchDatabase(EmbeddedPostgres embedded, String url, String user, String password, Long postmaster) {
        this.embedded = embedded;
        this.url = url;
        this.user = user;
        this.password = password;
        this.postmaster = postmaster;
    }

    static BenchDatabase open(CrosswalkSettings settings, Path work) throws IOException {
        if (!settings.dbUrl().isEmpty()) {
            return new BenchDatabase(null, settings.dbUrl(), settings.dbUser(), settings.dbPassword(), null);
        }
        Path data = work.resolve("pg");
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1").start();
        Long pid = Long.valueOf(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        return new BenchDatabase(pg, pg.getJdbcUrl("postgres", "postgres"), "postgres", "", pid);
    }

    /** Settings for a runtime on this database, with its files under {@code home}. */
    CrosswalkSettings settings(Path home) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("crosswalk.home", home.toString());
        overrides.put("crosswalk.db.url", url);
        overrides.put("crosswalk.db.user", user);
        overrides.put("crosswalk.db.password", password);
        // any free port: a benchmark runs beside a service on the default health port
        overrides.put("crosswalk.health.port", "0");
        return CrosswalkSettings.load(overrides);
    }

    /** The environment a child JVM needs to reach this database (never on its command line). */
    Map<String, String> environment(Path home) {
        return Map.of("CROSSWALK_HOME", home.toString(), "CROSSWALK_DB_URL", url, "CROSSWALK_DB_USER", user,
                "CROSSWALK_DB_PASSWORD", password);
    }

    boolean embedded() {
        return embedded != null;
    }

    ProcessCpu cpu() {
        return new ProcessCpu(postmaster);
    }

    static void refuseIfInUse(DataSource ds) throws SQLException {
        if (count(ds) > 0) {
            throw new IllegalStateException("the benchmark empties its database between scenarios, and this one holds"
                    + " contacts: point CROSSWALK_DB_URL at an empty database, or leave it unset for an embedded one");
        }
    }

    static long count(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(Sql.load("bench/contacts-count"))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void execute(DataSource ds, String sqlName) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(Sql.load(sqlName));
        }
    }

    /** The state autovacuum would reach on its own: dead rows gone, statistics current. */
    static void settle(DataSource ds) throws SQLException {
        execute(ds, "bench/settle");
    }

    static int lockShare(DataSource ds, int every) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(Sql.load("bench/lock-share"))) {
            ps.setInt(1, every);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static Map<String, Object> facts(DataSource ds) throws SQLException {
        Map<String, Object> facts = new LinkedHashMap<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(Sql.load("bench/server-facts"))) {
            rs.next();
            facts.put("version", rs.getString(1));
            facts.put("shared_buffers", rs.getString(2));
            facts.put("fsync", rs.getString(3));
            facts.put("synchronous_commit", rs.getString(4));
            facts.put("max_wal_size", rs.getString(5));
        }
        return facts;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
