package dev.crosswalk.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.support.ImportTestBase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Settling the database between scenarios writes back what the earlier ones dirtied, so that the import timed next
 * does not share the machine with the checkpointer doing it.
 */
class BenchSettleTest extends ImportTestBase {

    @Test
    void settlingEndsWithACheckpointAfterTheLastWrite() throws SQLException {
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("create table settle_probe as select g from generate_series(1, 1000) g");
            String written = text(st, "select pg_current_wal_insert_lsn()::text");

            assertTrue(BenchDatabase.settle(crosswalk.dataSource()), "the test database's user may checkpoint");

            try (ResultSet rs = st.executeQuery(
                    "select redo_lsn >= '" + written + "'::pg_lsn from pg_control_checkpoint()")) {
                rs.next();
                assertTrue(rs.getBoolean(1), "the last checkpoint starts after the write");
            }
            st.execute("drop table settle_probe");
        }
    }

    private static String text(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
