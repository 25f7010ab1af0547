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
import org.junit.jupiter.api.Test;

/**
 * What COPY stores is the text given: quotes, separators, line breaks, an empty string and a null each kept. A
 * streaming copy sends its rows before the flush, and a failure leaves the connection usable.
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
            manyBlocksTwice(c, st, new Copy("copied (n, v, amount)"));
        }
    }

    @Test
    void aStreamingCopyStoresTheSameRowsAndIsReusedAfterAFlush() throws Exception {
        try (Connection c = withTable("copied (n int, v text, amount numeric)"); Statement st = c.createStatement();
                Copy copy = Copy.streaming(c, "copied (n, v, amount)")) {
            manyBlocksTwice(c, st, copy);
        }
    }

    private static void manyBlocksTwice(Connection c, Statement st, Copy copy) throws SQLException {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 20_000; i++) {
                int n = round * 20_000 + i;
                copy.row(n, "Zoë \"東京\" 🎫 " + n, new BigDecimal("1E+3").add(BigDecimal.valueOf(n)));
            }
            copy.flush(c);
            assertEquals(0, copy.rows());
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
    void aStreamingCopySendsItsRowsBeforeTheFlushAndTheServerInsertsThemMeanwhile() throws Exception {
        try (Connection c = withTable("copied (n int, v text)");
                // another database of the same server: the progress view shows every backend's
                Connection watcher = DriverManager.getConnection(TestDatabase.freshDatabaseUrl(), "postgres", "");
                Copy copy = Copy.streaming(c, "copied (n, v)")) {
            int pid = c.unwrap(org.postgresql.PGConnection.class).getBackendPID();
            for (int i = 0; i < 20_000; i++) {
                copy.row(i, "row " + i);
            }
            long processed = 0;
            try (PreparedStatement ps = watcher.prepareStatement(
                    "select tuples_processed from pg_stat_progress_copy where pid = ?")) {
                ps.setInt(1, pid);
                // the server reads what the socket holds on its own time: asked until it shows, or ten seconds
                for (long until = System.nanoTime() + 10_000_000_000L; processed == 0 && System.nanoTime() < until;
                        Thread.sleep(20)) {
                    try (ResultSet rs = ps.executeQuery()) {
                        processed = rs.next() ? rs.getLong(1) : 0;
                    }
                }
            }
            assertTrue(processed > 0 && processed < 20_000, "rows the server had before the flush: " + processed);
            copy.flush(c);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from copied")) {
                rs.next();
                assertEquals(20_000, rs.getInt(1));
            }
        }
    }

    @Test
    void aFailureBeforeAStreamingCopysFlushCancelsItOnCloseAndTheConnectionGoesOn() throws Exception {
        try (Connection c = withTable("copied (n int, v text)"); Statement st = c.createStatement()) {
            IllegalStateException midway = assertThrows(IllegalStateException.class, () -> {
                try (Copy copy = Copy.streaming(c, "copied (n, v)")) {
                    for (int i = 0; i < 20_000; i++) {
                        copy.row(i, "row " + i);
                    }
                    throw new IllegalStateException("the caller fails between two rows");
                }
            });

            assertEquals("the caller fails between two rows", midway.getMessage());
            try (ResultSet rs = st.executeQuery("select count(*) from copied")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    @Test
    void aRowTheTableRefusesFailsAStreamingCopysFlushWithTheServersReasonAndTheConnectionGoesOn()
            throws Exception {
        try (Connection c = withTable("copied (n int primary key, v text)"); Statement st = c.createStatement();
                Copy copy = Copy.streaming(c, "copied (n, v)")) {
            // refused in the first block, while the rows after it are still being sent
            copy.row(7, "first");
            copy.row(7, "the same key again");
            for (int i = 0; i < 20_000; i++) {
                copy.row(i + 8, "row " + i);
            }

            SQLException refused = assertThrows(SQLException.class, () -> copy.flush(c));

            assertTrue(refused.getMessage().contains("copied_pkey"), refused.getMessage());
            try (ResultSet rs = st.executeQuery("select count(*) from copied")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    @Test
    void aRowTheTableRefusesFailsTheFlushWithTheServersReasonAndTheConnectionGoesOn() throws Exception {
        try (Connection c = withTable("copied (n int primary key, v text)"); Statement st = c.createStatement()) {
            Copy copy = new Copy("copied (n, v)");
            for (int i = 0; i < 20_000; i++) {
                copy.row(i, "row " + i);
            }
            copy.row(7, "the same key again");

            SQLException refused = assertThrows(SQLException.class, () -> copy.flush(c));

            assertTrue(refused.getMessage().contains("copied_pkey"), refused.getMessage());
            try (ResultSet rs = st.executeQuery("select count(*) from copied")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }
}
