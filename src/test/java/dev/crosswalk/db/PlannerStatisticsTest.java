package dev.crosswalk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.ImportTestBase;
import dev.crosswalk.support.KajabiPeople;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A table whose stored statistics say "pages, but no rows" (an aborted or rolled-back import, then VACUUM or
 * ANALYZE while it was empty) makes every plan take it for empty, however many rows the running import has put
 * into it: the chunk lookups became full index scans inside nested loops and a 1,000,000-row file ran for hours.
 */
class PlannerStatisticsTest extends ImportTestBase {

    private static final String DATA_TABLES = "contacts, contact_emails, contact_identities, contact_tags";

    /** Rows written and removed again, then analyzed while empty, as autovacuum would; autovacuum kept out. */
    @BeforeEach
    void statisticsOfAnEmptiedTable() throws SQLException {
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            for (String table : (DATA_TABLES + ", contact_provenance").split(", ")) {
                st.execute("alter table " + table + " set (autovacuum_enabled = false)");
            }
            insertContacts(st, 1, 5_000);
            st.execute("delete from contacts");
            st.execute("analyze " + DATA_TABLES);
        }
    }

    @Test
    void tablesGrownBeyondTheirStatisticsAreAnalyzedInsideTheTransaction() throws SQLException {
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            insertContacts(st, 10_001, 30_000);
            assertTrue(estimatedRows(c, "contact_emails") < 100, "the planner takes 30,000 rows for none");

            List<String> analyzed = PlannerStatistics.refresh(c, 10_000);

            assertEquals(List.of("contact_emails", "contacts"), analyzed.stream().sorted().toList());
            assertTrue(estimatedRows(c, "contact_emails") >= 25_000);
            assertTrue(estimatedRows(c, "contacts") >= 25_000);
            assertEquals(List.of(), PlannerStatistics.refresh(c, 10_000), "nothing left to analyze");
            c.rollback();
        }
    }

    /**
     * Inside the transaction a coarse sample does the job at a fraction of the cost (3,000 rows, ten histogram
     * buckets); the server's own target holds again for the rest of the transaction.
     */
    @Test
    void statisticsInsideTheTransactionComeFromASmallSample() throws SQLException {
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            String target = setting(st);
            insertContacts(st, 10_001, 30_000);

            PlannerStatistics.refresh(c, 10_000);

            try (ResultSet rs = st.executeQuery("select cardinality(histogram_bounds::text::text[]) from pg_stats"
                    + " where tablename = 'contact_emails' and attname = 'email'")) {
                rs.next();
                assertEquals(11, rs.getInt(1), "ten buckets: a statistics target of 10");
            }
            assertEquals(target, setting(st), "the server's target again after the ANALYZE");
            c.rollback();
        }
    }

    private static String setting(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("show default_statistics_target")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void anImportKeepsTheStatisticsOfTheTablesItGrows() throws Exception {
        KajabiPeople people = new KajabiPeople();
        for (int i = 1; i <= 12_000; i++) {
            people.person(KajabiPeople.person("k" + i, "First" + i, "Last" + i, "p" + i + "@example.com"));
        }
        Path file = people.write(home.resolve("people.csv"));

        assertEquals(12_000, crosswalk.importFile(file, "kajabi").rowCount("new"));

        // only an ANALYZE inside the import's transaction can have stored these counts: autovacuum is off
        assertTrue(crosswalk.count("select reltuples::bigint from pg_class where relname = 'contacts'") >= 10_000);
        assertTrue(crosswalk.count("select reltuples::bigint from pg_class where relname = 'contact_emails'")
                >= 10_000);
        // a table with no statistics yet gets them too: without them the planner guesses at every value (a
        // chunk's PayPal transactions were looked up by scanning all of them)
        assertTrue(crosswalk.count("select count(*) from pg_stats where tablename = 'contact_provenance'") > 0);
    }

    private static void insertContacts(Statement st, int first, int count) throws SQLException {
        st.execute("insert into contacts (id, email, source_system) select g, 'p' || g || '@example.com', 'kajabi'"
                + " from generate_series(" + first + ", " + (first + count - 1) + ") g");
        st.execute("insert into contact_emails (contact_id, email, display, kind, source)"
                + " select id, email, email, 'primary', 'kajabi' from contacts where id >= " + first);
    }

    /** The planner's idea of how many rows a whole-table scan returns. */
    private static long estimatedRows(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("explain (format json) select * from " + table)) {
            rs.next();
            return new ObjectMapper().readTree(rs.getString(1)).at("/0/Plan/Plan Rows")
                    .asLong();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
