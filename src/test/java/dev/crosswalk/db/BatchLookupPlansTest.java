package dev.crosswalk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.ImportTestBase;
import dev.crosswalk.support.KajabiPeople;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The statements that read one batch's rows find them through the batch indexes, whatever the batch's neighbours
 * hold. They named their parameter once, in a CTE that each part of the statement joins; PostgreSQL keeps a CTE
 * read more than once as a table of its own, so the planner never saw the batch: it priced "batch_id = p.batch" by
 * the number of distinct batches and, in a database of a few large ones, scanned every contact and every audit row.
 * After a 100,000-row file into 1,000,000 contacts, finding the contacts the file touched took 0.6-0.9 s, not 0.15.
 */
class BatchLookupPlansTest extends ImportTestBase {

    /** Tables large enough, after the first file, that reading them whole is never the cheap way to one batch. */
    private static final Set<String> BATCH_KEYED = Set.of("contacts", "import_audit_log");
    /** Every statement that finds rows by its parameter CTE's batch, with the parameters that follow the batch. */
    private static final Map<String, List<Object>> BY_BATCH = Map.of("locks/batch-contacts", List.of(),
            "web/batch-changes", List.of(), "web/batch-change-sample", List.of(50), "rollback/later-changes",
            List.of());
    private static final Path SQL = Path.of("src/main/resources/sql");
    private static final Pattern FINDS_BY_BATCH = Pattern.compile("\\b(created_)?batch_id\\s*[=<>]+\\s*p\\.batch\\b");

    /** A new statement of the kind is planned here too, and declares its CTE as these do. */
    @Test
    void everyStatementThatFindsRowsByItsBatchIsCheckedHere() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SQL)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String sql = Files.readString(file);
                if (FINDS_BY_BATCH.matcher(sql).find()) {
                    String name = SQL.relativize(file).toString().replace('\\', '/').replaceAll("\\.sql$", "");
                    found.add(name);
                    assertTrue(sql.contains("with p as not materialized ("), name + ": p not materialized");
                }
            }
        }
        assertEquals(new TreeSet<>(BY_BATCH.keySet()), found);
    }

    @Test
    void aSmallBatchAfterALargeOneIsReadThroughItsIndexes() throws Exception {
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            for (String table : BATCH_KEYED) {
                st.execute("alter table " + table + " set (autovacuum_enabled = false)");
            }
        }
        // two large batches: the first creates people, the second renames them all (audit rows)
        for (String last : List.of("Last", "Renamed")) {
            KajabiPeople large = new KajabiPeople();
            for (int i = 1; i <= 10_000; i++) {
                large.person(KajabiPeople.person("k" + i, "First" + i, last + i, "p" + i + "@example.com"));
            }
            crosswalk.importFile(large.write(home.resolve(last + ".csv")), "kajabi");
        }
        // statistics that know the large batches, not the next one: as when the next file's import reads its rows
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("vacuum analyze");
        }
        KajabiPeople small = new KajabiPeople();
        for (int i = 1; i <= 30; i++) {
            small.person(KajabiPeople.person("n" + i, "New" + i, "Person" + i, "n" + i + "@example.com"));
        }
        small.person(KajabiPeople.person("k1", "First1", "Again", "p1@example.com"));
        Path file = small.write(home.resolve("small.csv"));
        long batch = crosswalk.importFile(file, "kajabi").batch();

        try (Connection c = crosswalk.dataSource().getConnection()) {
            for (Map.Entry<String, List<Object>> statement : BY_BATCH.entrySet()) {
                long read = rowsReadFromBatchKeyedTables(c, statement.getKey(), batch, statement.getValue());
                assertTrue(read < 1_000, statement.getKey() + " read " + read + " rows of " + BATCH_KEYED
                        + " to find the 31 people of its batch, among the 10,000 of the others");
            }
        }
    }

    /** Rows the statement's scans of the batch-keyed tables read, those their filters dropped included. */
    private static long rowsReadFromBatchKeyedTables(Connection c, String statement, long batch, List<Object> more)
            throws Exception {
        try (PreparedStatement ps = c.prepareStatement("explain (analyze, format json) " + Sql.load(statement))) {
            ps.setLong(1, batch);
            for (int i = 0; i < more.size(); i++) {
                ps.setObject(i + 2, more.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rowsRead(new ObjectMapper().readTree(rs.getString(1)).get(0).get("Plan"));
            }
        }
    }

    private static long rowsRead(JsonNode node) {
        long read = 0;
        if (BATCH_KEYED.contains(node.path("Relation Name").asText())) {
            read += node.get("Actual Rows").asLong() * node.get("Actual Loops").asLong()
                    + node.path("Rows Removed by Filter").asLong()
                    + node.path("Rows Removed by Index Recheck").asLong();
        }
        for (JsonNode child : node.path("Plans")) {
            read += rowsRead(child);
        }
        return read;
    }
}
