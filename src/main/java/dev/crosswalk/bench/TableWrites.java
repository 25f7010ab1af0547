package dev.crosswalk.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Table rows a scenario inserted, updated and deleted, by table, from the server's statistics
 * ({@code pg_stat_user_tables}): what the data model asks of each file row, the same on a fast machine and a busy
 * one. A session reports its counts when it has been idle a while (up to ten seconds later) and, at the latest, as it
 * ends; so before each reading the pool's connections are replaced and the reading waits until their sessions have
 * ended.
 */
final class TableWrites {

    private static final List<String> KINDS = List.of("inserted", "updated", "deleted");
    private static final long POLL_MS = 50;
    /** A session outside the pool (another client) may never end: read without its counts after this long. */
    private static final long GIVE_UP_MS = 10_000;

    private final DataSource ds;
    private final Map<String, long[]> start;

    private TableWrites(DataSource ds, Map<String, long[]> start) {
        this.ds = ds;
        this.start = start;
    }

    static TableWrites start(DataSource ds) throws SQLException, InterruptedException {
        return new TableWrites(ds, settled(ds));
    }

    /**
     * Rows written since {@link #start} per file row, by table and kind; tables and kinds the scenario left alone are
     * left out. Tables created since the start count from zero.
     */
    Map<String, Map<String, Double>> perFileRow(long fileRows) throws SQLException, InterruptedException {
        Map<String, Map<String, Double>> tables = new LinkedHashMap<>();
        settled(ds).forEach((table, now) -> {
            long[] before = start.getOrDefault(table, new long[KINDS.size()]);
            Map<String, Double> kinds = new LinkedHashMap<>();
            for (int k = 0; k < KINDS.size(); k++) {
                long written = now[k] - before[k];
                if (written > 0) {
                    kinds.put(KINDS.get(k), Measurement.round((double) written / Math.max(1, fileRows), 6));
                }
            }
            if (!kinds.isEmpty()) {
                tables.put(table, kinds);
            }
        });
        return tables;
    }

    /** The sum over tables and kinds: table rows written per file row. */
    static double total(Map<String, Map<String, Double>> perFileRow) {
        return Measurement.round(perFileRow.values().stream().flatMap(kinds -> kinds.values().stream())
                .mapToDouble(Double::doubleValue).sum(), 3);
    }

    private static Map<String, long[]> settled(DataSource ds) throws SQLException, InterruptedException {
        List<Integer> sessions = otherSessions(ds);
        if (ds.isWrapperFor(HikariDataSource.class)) {
            // idle connections close now, busy ones as they are returned; the pool opens new ones as needed
            ds.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        }
        long started = System.nanoTime();
        while (alive(ds, sessions) > 0 && millisSince(started) < GIVE_UP_MS) {
            TimeUnit.MILLISECONDS.sleep(POLL_MS);
        }
        return read(ds);
    }

    private static List<Integer> otherSessions(DataSource ds) throws SQLException {
        List<Integer> pids = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(Sql.load("bench/other-sessions"))) {
            while (rs.next()) {
                pids.add(rs.getInt(1));
            }
        }
        return pids;
    }

    private static long alive(DataSource ds, List<Integer> sessions) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(Sql.load("bench/sessions-alive"))) {
            ps.setArray(1, c.createArrayOf("integer", sessions.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    private static Map<String, long[]> read(DataSource ds) throws SQLException {
        Map<String, long[]> counts = new LinkedHashMap<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(Sql.load("bench/table-writes"))) {
            while (rs.next()) {
                counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
            }
        }
        return counts;
    }
}
