package dev.crosswalk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.support.ImportTestBase;
import dev.crosswalk.support.KajabiPeople;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A table whose stored statistics say "pages, but no rows" (an aborted or rolled-back import, then VACUUM or
 * ANALYZE while it was empty) makes every plan take it for empty, however many rows the running import has put
 * into it: the email lookup became a full index scan per chunk and a 1,000,000-row file ran for hours.
 */
class PlannerStatisticsTest extends ImportTestBase {

    private static final String DATA_TABLES = "contacts, contact_emails, contact_identities, contact_tags";

    /** Rows written and removed again, then analyzed while empty, as autovacuum would; autovacuum kept out. */
    @BeforeEach
    void statisticsOfAnEmptiedTable() throws SQLException {
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            for (String table : DATA_TABLES.split(", ")) {
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
            assertFalse(emailLookupPlan(c).contains("contact_emails_email_unique"), emailLookupPlan(c));

            List<String> analyzed = PlannerStatistics.refresh(c, 10_000);

            assertEquals(List.of("contact_emails", "contacts"), analyzed.stream().sorted().toList());
            String plan = emailLookupPlan(c);
            assertTrue(plan.contains("contact_emails_email_unique"), plan);
            assertEquals(List.of(), PlannerStatistics.refresh(c, 10_000), "nothing left to analyze");
            c.rollback();
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
    }

    private static void insertContacts(Statement st, int first, int count) throws SQLException {
        st.execute("insert into contacts (id, email, source_system) select g, 'p' || g || '@example.com', 'kajabi'"
                + " from generate_series(" + first + ", " + (first + count - 1) + ") g");
        st.execute("insert into contact_emails (contact_id, email, display, kind, source)"
                + " select id, email, email, 'primary', 'kajabi' from contacts where id >= " + first);
    }

    private static String emailLookupPlan(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("explain " + Sql.load("match/emails"))) {
            ps.setArray(1, c.createArrayOf("text", new Object[] {"p10500@example.com", "p20500@example.com"}));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
        }
        return String.join("\n", lines);
    }
}
