package dev.crosswalk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What COPY stores is the text given: quotes, separators, line breaks, an empty string and a null each kept. A
 * streamed copy sends its rows before it ends, and a failure leaves the connection usable.
 */
class CopyTest {

    /** A fresh database's connection, with {@code table} created in it. */
    private static Connection withTable(String table) throws SQLException {
        Connection c = DriverManager.getConnection(TestDatabase.freshDatabaseUrl(), "postgres", "");
        try (Statement st = c.createStatement()) {
            st.execute("create table " + table);
        }
        return c;
    }

    @Test
    void everyValueComesBackAsGiven() throws Exception {
        List<String> values = List.of("plain", "\"", "\"\"", "a \"quoted\" word", "{\"k\":\"v\",\"n\":\"\"}",
                "comma, and\nline\r\nbreaks", "\\N", "", "ends with \"", "\" starts");
        try (Connection c = withTable("copied (n int, v text)"); Statement st = c.createStatement()) {
            Copy copy = new Copy("copied (n, v)");
            for (int i = 0; i < values.size(); i++) {
                copy.row(i, values.get(i));
            }
            copy.row(values.size(), null);
            copy.flush(c);
            try (ResultSet rs = st.executeQuery("select v from copied order by n")) {
                for (String value : values) {
                    rs.next();
                    assertEquals(value, rs.getString(1));
                }
                rs.next();
                assertNull(rs.getString(1));
            }
        }
    }

    @Test
    void rowsOfManyBlocksArriveWholeAndTheCopyIsReusedAfterAFlush() throws Exception {
        try (Connection c = withTable("copied (n int, v text, amount numeric)"); Statement st = c.createStatement()) {
            Copy held = new Copy("copied (n, v, amount)");
            manyBlocksTwice(st, rows -> {
                rows.accept(held);
                held.flush(c);
                assertEquals(0, held.rows());
            });
        }
    }

    @Test
    void aStreamedCopyStoresTheSameRows() throws Exception {
        try (Connection c = withTable("copied (n int, v text, amount numeric)"); Statement st = c.createStatement()) {
            manyBlocksTwice(st, rows -> assertEquals(20_000, Copy.stream(c, "copied (n, v, amount)", rows)));
        }
    }

    /** Writes 20,000 rows of many blocks; {@link #manyBlocksTwice} does it twice and reads them back. */
    @FunctionalInterface
    private interface Rounds {
        void write(Consumer<Copy> rows) throws SQLException;
    }

    private static void manyBlocksTwice(Statement st, Rounds rounds) throws SQLException {
        for (int round = 0; round < 2; round++) {
            int first = round * 20_000;
            rounds.write(copy -> {
                for (int n = first; n < first + 20_000; n++) {
                    copy.row(n, "Zoë \"東京\" 🎫 " + n, new BigDecimal("1E+3").add(BigDecimal.valueOf(n)));
                }
            });
        }
        try (ResultSet rs = st.executeQuery("select count(*), count(distinct v), "
                + "bool_and(v = 'Zoë \"東京\" 🎫 ' || n), bool_and(amount = 1000 + n) from copied")) {
            rs.next();
            assertEquals(40_000, rs.getInt(1));
            assertEquals(40_000, rs.getInt(2));
            assertEquals(true, rs.getBoolean(3));
            assertEquals(true, rs.getBoolean(4));
        }
    }

    @Test
    void aStreamedCopySendsItsRowsBeforeItEndsAndTheServerInsertsThemMeanwhile() throws Exception {
        try (Connection c = withTable("copied (n int, v text)");
                // another database of the same server: the progress view shows every backend's
                Connection watcher = DriverManager.getConnection(TestDatabase.freshDatabaseUrl(), "postgres", "")) {
            int pid = c.unwrap(org.postgresql.PGConnection.class).getBackendPID();
            long[] processed = new long[1];
            int written = Copy.stream(c, "copied (n, v)", copy -> {
                for (int i = 0; i < 20_000; i++) {
                    copy.row(i, "row " + i);
                }
                processed[0] = processedBy(watcher, pid);
            });

            assertTrue(processed[0] > 0 && processed[0] < 20_000,
                    "rows the server had before the last block: " + processed[0]);
            assertEquals(20_000, written);
            assertEquals(20_000, copied(c));
        }
    }

    private static int copied(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from copied")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The rows the server has taken of {@code pid}'s COPY so far, asked until it shows some (or ten seconds). */
    private static long processedBy(Connection watcher, int pid) {
        try (PreparedStatement ps = watcher.prepareStatement(
                "select tuples_processed from pg_stat_progress_copy where pid = ?")) {
            ps.setInt(1, pid);
            long processed = 0;
            // the server reads what the socket holds on its own time
            for (long until = System.nanoTime() + 10_000_000_000L; processed == 0 && System.nanoTime() < until;
                    Thread.sleep(20)) {
                try (ResultSet rs = ps.executeQuery()) {
                    processed = rs.next() ? rs.getLong(1) : 0;
                }
            }
            return processed;
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFailureOfTheCallerMidwayCancelsAStreamedCopyAndTheConnectionGoesOn() throws Exception {
        try (Connection c = withTable("copied (n int, v text)");
                Connection watcher = DriverManager.getConnection(TestDatabase.freshDatabaseUrl(), "postgres", "")) {
            int pid = c.unwrap(org.postgresql.PGConnection.class).getBackendPID();
            long[] processed = new long[1];
            IllegalStateException midway = assertThrows(IllegalStateException.class,
                    () -> Copy.stream(c, "copied (n, v)", copy -> {
                        for (int i = 0; i < 20_000; i++) {
                            copy.row(i, "row " + i);
                        }
                        processed[0] = processedBy(watcher, pid);
                        throw new IllegalStateException("the caller fails between two rows");
                    }));

            assertEquals("the caller fails between two rows", midway.getMessage());
            assertTrue(processed[0] > 0, "the COPY was under way when the caller failed");
            try (PreparedStatement ps = watcher.prepareStatement(
                    "select count(*) from pg_stat_progress_copy where pid = ?")) {
                ps.setInt(1, pid);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "the server's COPY was cancelled, not left open");
                }
            }
            assertEquals(0, copied(c));
        }
    }

    @Test
    void aRowTheTableRefusesFailsAStreamedCopyWithTheServersReasonAndTheConnectionGoesOn() throws Exception {
        try (Connection c = withTable("copied (n int primary key, v text)")) {
            SQLException refused = assertThrows(SQLException.class, () -> Copy.stream(c, "copied (n, v)", copy -> {
                // refused in the first block, while the rows after it are still being sent
                copy.row(7, "first");
                copy.row(7, "the same key again");
                for (int i = 0; i < 20_000; i++) {
                    copy.row(i + 8, "row " + i);
                }
            }));

            assertTrue(refused.getMessage().contains("copied_pkey"), refused.getMessage());
            assertEquals(0, copied(c));
        }
    }

    @Test
    void aRowTheTableRefusesFailsTheFlushWithTheServersReasonAndTheConnectionGoesOn() throws Exception {
        try (Connection c = withTable("copied (n int primary key, v text)")) {
            Copy copy = new Copy("copied (n, v)");
            for (int i = 0; i < 20_000; i++) {
                copy.row(i, "row " + i);
            }
            copy.row(7, "the same key again");

            SQLException refused = assertThrows(SQLException.class, () -> copy.flush(c));

            assertTrue(refused.getMessage().contains("copied_pkey"), refused.getMessage());
            assertEquals(0, copied(c));
        }
    }
}
