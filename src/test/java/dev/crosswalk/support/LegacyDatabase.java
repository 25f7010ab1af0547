package dev.crosswalk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;

/**
 * A database in the legacy contact schema on the embedded server (beside Crosswalk's own), created from
 * {@code legacy/schema.sql} and filled from {@code legacy/data.sql}; and its CSV dump as psql's
 * {@code \copy … csv header} writes one.
 */
public final class LegacyDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private LegacyDatabase() {
    }

    /** The JDBC URL (user postgres) of a new legacy database with the fixture's people. */
    public static String create() throws SQLException, IOException {
        String name = "legacy_" + COUNTER.incrementAndGet();
        try (Connection c = TestDatabase.server().getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("create database " + name);
        }
        String url = TestDatabase.server().getJdbcUrl("postgres", name);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(resource("/legacy/schema.sql"));
            st.execute(resource("/legacy/data.sql"));
        }
        return url;
    }

    /** Runs SQL on the legacy database (a test changing the fixture). */
    public static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** One {@code <table>.csv} per table into {@code folder}, with a header, timestamps in UTC. */
    public static Path dump(String url, List<String> tables, Path folder) throws SQLException, IOException {
        Files.createDirectories(folder);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("set time zone 'UTC'");
            for (String table : tables) {
                try (Writer out = Files.newBufferedWriter(folder.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
                    c.unwrap(PGConnection.class).getCopyAPI()
                            .copyOut("COPY " + table + " TO STDOUT (FORMAT csv, HEADER)", out);
                }
            }
        }
        return folder;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = LegacyDatabase.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
