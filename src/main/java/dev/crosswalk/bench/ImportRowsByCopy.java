package dev.crosswalk.bench;

import dev.crosswalk.db.Sql;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The floor under an import with this data model: every row one import wrote (the contacts it created with their
 * emails, identities, tag and product links and where each stored value came from, the links it attached to other
 * contacts, its consent events, audit trail and review items, the transactions it inserted, and the present version
 * of each row it updated) written again with COPY, in one transaction, into copies of those tables with the same
 * constraints, indexes and foreign keys. No parsing, matching or deciding — only the writes the data model asks
 * for; the import can come no closer to the COPY baseline than this. Measured once more without the foreign keys,
 * it shows what the data model's referential checks cost.
 */
final class ImportRowsByCopy {

    /** Every table an import writes rows of (bench/rows-of-batch.sql selects them). */
    private static final List<String> WRITTEN = List.of("contacts", "contact_emails", "contact_identities",
            "contact_tags", "contact_products", "contact_provenance", "consent_events", "import_audit_log",
            "import_conflicts", "import_conflict_evidence", "transactions");

    private ImportRowsByCopy() {
    }

    /** The rows batch {@code batch} inserted, of a file of {@code fileRows} rows. */
    static Measurement run(DataSource ds, ProcessCpu cpu, long fileRows, long batch, Path work, boolean foreignKeys)
            throws SQLException, IOException, InterruptedException {
        BenchDatabase.execute(ds, "bench/rows-drop");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String table : WRITTEN) {
                st.execute(Sql.load("bench/rows-table", Map.of("table", table)));
            }
        }
        if (!foreignKeys) {
            BenchDatabase.execute(ds, "bench/rows-drop-foreign-keys");
        }
        long written = 0;
        double seconds;
        double jvm;
        Double dbUsed;
        Map<String, Object> detail;
        try {
            try (Connection c = ds.getConnection()) {
                selectBatch(c, batch);
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (String table : WRITTEN) {
                    export(copy, table, work);
                }
            }
            // the meter reads the table counts of sessions that have ended: each step on its own connection
            WriteMeter writes = WriteMeter.start(ds);
            try (Connection c = ds.getConnection()) {
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                jvm = ProcessCpu.jvmSeconds();
                Double db = cpu.dbSeconds();
                long started = System.nanoTime();
                c.setAutoCommit(false);
                for (String table : WRITTEN) {
                    written += load(copy, table, work);
                }
                c.commit();
                seconds = (System.nanoTime() - started) / 1e9;
                dbUsed = db == null ? null : cpu.dbSeconds() - db;
                jvm = ProcessCpu.jvmSeconds() - jvm;
            }
            detail = new LinkedHashMap<>(writes.stop(fileRows));
        } finally {
            BenchDatabase.execute(ds, "bench/rows-drop");
            for (String table : WRITTEN) {
                Files.deleteIfExists(file(work, table));
            }
        }
        detail.put("table_rows", written);
        detail.put("tables", String.join(" + ", WRITTEN) + " (same constraints and indexes, "
                + (foreignKeys ? "with" : "without") + " their foreign keys), one transaction");
        return new Measurement(fileRows, seconds, jvm, dbUsed, detail);
    }

    private static void selectBatch(Connection c, long batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("bench/rows-batch"))) {
            ps.setLong(1, batch);
            ps.execute();
        }
        try (Statement st = c.createStatement()) {
            st.execute(Sql.load("bench/rows-of-batch"));
        }
    }

    private static void export(CopyManager copy, String table, Path work) throws SQLException, IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file(work, table), StandardCharsets.UTF_8)) {
            copy.copyOut(Sql.load("bench/rows-export", Map.of("table", table)), out);
        }
    }

    private static long load(CopyManager copy, String table, Path work) throws SQLException, IOException {
        try (BufferedReader in = Files.newBufferedReader(file(work, table), StandardCharsets.UTF_8)) {
            return copy.copyIn(Sql.load("bench/rows-import", Map.of("table", table)), in);
        }
    }

    private static Path file(Path work, String table) {
        return work.resolve("rows-" + table + ".csv");
    }
}
