package dev.crosswalk.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.decide.ChangeSet.Conflict;
import dev.crosswalk.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A chunk's conflicts find the open items asking their questions through the index, not by reading every open item
 * once per conflict: a file raising many questions would otherwise take time quadratic in them (a 1,000,000-row
 * snapshot of partly locked contacts raises tens of thousands). Counted in table rows read, not timed.
 */
class ConflictQueueScaleTest {

    private static final int OPEN_ITEMS = 5_000;
    private static final int CHUNK_CONFLICTS = 100;

    @Test
    void aChunksQuestionsAreLookedUpWithoutReadingEveryOpenItemForEach() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.freshDatabaseUrl(), "postgres", "");
                Statement st = c.createStatement()) {
            st.execute("insert into import_batches (id, kind, source, status) values (1, 'import', 'kajabi', 'applied'),"
                    + " (2, 'import', 'kajabi', 'running')");
            st.execute("insert into contacts (id, email, source_system) select g, 'p' || g || '@example.com', 'kajabi'"
                    + " from generate_series(1, " + OPEN_ITEMS + ") g");
            st.execute("insert into import_conflicts (batch_id, contact_id, line, field, current_value, incoming_value,"
                    + " reason, source) select 1, g, g, 'city', 'Boulder', 'Denver', 'LOCKED', 'kajabi'"
                    + " from generate_series(1, " + OPEN_ITEMS + ") g");
            st.execute("analyze import_conflicts");
            c.setAutoCommit(false);
            List<Conflict> conflicts = new ArrayList<>();
            for (long id = 1; id <= CHUNK_CONFLICTS; id++) {
                conflicts.add(new Conflict(id * 37 % OPEN_ITEMS + 1, id, "city", "Boulder", "Aurora", "LOCKED"));
            }
            long before = rowsRead(st);
            ConflictQueue.record(c, 2, "kajabi", conflicts);
            long read = rowsRead(st) - before;
            try (ResultSet rs = st.executeQuery("select count(*) from import_conflict_evidence where batch_id = 2")) {
                rs.next();
                assertEquals(CHUNK_CONFLICTS, rs.getLong(1), "each conflict is evidence of its open item");
            }
            try (ResultSet rs = st.executeQuery("select count(*) from import_conflicts where status = 'open'")) {
                rs.next();
                assertEquals(OPEN_ITEMS, rs.getLong(1), "no question asked twice");
            }
            // a pass or two over the open items is fine; one per conflict (500,000 rows) is what this guards against
            assertTrue(read < 3L * OPEN_ITEMS, read + " rows of import_conflicts read for " + CHUNK_CONFLICTS
                    + " conflicts among " + OPEN_ITEMS + " open items");
            c.rollback();
        }
    }

    /** Rows of import_conflicts this transaction has read so far, by scans and through indexes. */
    private static long rowsRead(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("select coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)"
                + " from pg_stat_xact_user_tables where relname = 'import_conflicts'")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
