package dev.crosswalk.support;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.service.CrosswalkRuntime;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The real application for a test: its own fresh database, its own home folder (inbox/, outbox/), the real YAML
 * routes. Inboxes are watched only when asked.
 */
public final class TestCrosswalk implements AutoCloseable {

    private final Path home;
    private final CrosswalkRuntime runtime;

    private TestCrosswalk(Path home, CrosswalkRuntime runtime) {
        this.home = home;
        this.runtime = runtime;
    }

    public static TestCrosswalk start(Path home, boolean watchInboxes, Map<String, String> settings)
            throws Exception {
        Map<String, String> all = new HashMap<>();
        all.put("crosswalk.home", home.toString());
        all.put("crosswalk.db.url", TestDatabase.freshDatabaseUrl());
        all.put("crosswalk.db.user", "postgres");
        all.put("crosswalk.inbox.poll-delay-ms", "200");
        all.put("crosswalk.inbox.min-age-ms", "300");
        all.put("crosswalk.import.chunk-size", "50");
        // any free port: several services may run at once on one machine
        all.put("crosswalk.health.port", "0");
        all.put("crosswalk.web.port", Integer.toString(freePort()));
        all.putAll(settings);
        Files.createDirectories(home.resolve("inbox"));
        return new TestCrosswalk(home, CrosswalkRuntime.create(CrosswalkSettings.load(all), watchInboxes).start());
    }

    /** A port free on loopback now, for a server the test starts next. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public static TestCrosswalk start(Path home) throws Exception {
        return start(home, false, Map.of());
    }

    public BatchReport importFile(Path file, String source) throws Exception {
        return runtime.importFile(file, source, false);
    }

    /**
     * Every live contact set to {@code level} by a person, as {@code locks set} does: the values of the groups the
     * level closes become the person's.
     */
    public void lockEveryContactByPerson(String level) throws SQLException {
        for (Map<String, Object> row : rows("select id from contacts where deleted_at is null order by id")) {
            lockByPerson(((Number) row.get("id")).longValue(), level);
        }
    }

    /** One contact set to {@code level} by a person ({@code locks set}). */
    public void lockByPerson(long contact, String level) throws SQLException {
        CompositionRoot.on(runtime.settings(), dataSource()).locks().set(contact, LockLevel.valueOf(level), "test");
    }

    public BatchReport preview(Path file, String source) throws Exception {
        return runtime.importFile(file, source, true);
    }

    public Path home() {
        return home;
    }

    public Path outbox() {
        return home.resolve("outbox");
    }

    public CrosswalkRuntime runtime() {
        return runtime;
    }

    public DataSource dataSource() {
        return runtime.database().dataSource();
    }

    /** Rows of a query as ordered column → value maps. */
    public List<Map<String, Object>> rows(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    public long count(String sql) throws SQLException {
        return ((Number) rows(sql).get(0).values().iterator().next()).longValue();
    }

    /** Every data table as text, for "nothing changed" assertions (timestamps of the rows included). */
    public Map<String, List<Map<String, Object>>> snapshot() throws SQLException {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : List.of("contacts", "contact_emails", "contact_identities", "tags", "contact_tags",
                "products", "contact_products", "events", "subscriptions", "transactions", "consent_events",
                "import_batches", "import_audit_log", "import_conflicts", "import_conflict_evidence", "contact_merges",
                "audit_runs", "contact_field_sources")) {
            tables.put(table, rows("select * from " + table + " order by 1, 2"));
        }
        return tables;
    }

    /**
     * The data tables only: the ledger (import_batches, import_audit_log, import_conflicts and their evidence) is
     * left out because a rollback adds to it by design. Rows, ids and timestamps are compared as they are.
     */
    public Map<String, List<Map<String, Object>>> dataSnapshot() throws SQLException {
        Map<String, List<Map<String, Object>>> all = snapshot();
        all.keySet().removeAll(List.of("import_batches", "import_audit_log", "import_conflicts",
                "import_conflict_evidence"));
        return all;
    }

    /**
     * SQL condition on an import_audit_log row: it only moved the evidence time of stored values (a contact_provenance
     * patch whose entries before and after differ in "at" alone).
     */
    public static final String ONLY_EVIDENCE_TIMES = "coalesce(case when table_name = 'contact_provenance' and "
            + "field = 'fields' then " + withoutTimes("old_value") + " = " + withoutTimes("new_value") + " end, false)";

    private static String withoutTimes(String column) {
        return "(select jsonb_object_agg(e.key, case when jsonb_typeof(e.value) = 'object' then e.value - 'at' "
                + "else e.value end) from jsonb_each(provenance_fields(" + column + "::jsonb)) e)";
    }

    /**
     * Everything but the ledger row of each batch, and without the audit rows that only move a stored value's evidence
     * time: what a later export of the same values leaves unchanged (it dates the values anew, audited, nothing else).
     */
    public Map<String, List<Map<String, Object>>> snapshotBesidesEvidenceTimes() throws SQLException {
        Map<String, List<Map<String, Object>>> all = snapshot();
        all.remove("import_batches");
        all.put("import_audit_log", rows("select * from import_audit_log where not " + ONLY_EVIDENCE_TIMES
                + " order by 1, 2"));
        if (all.containsKey("contact_field_sources")) {
            all.put("contact_field_sources", all.get("contact_field_sources").stream().map(row -> {
                Map<String, Object> rest = new LinkedHashMap<>(row);
                rest.remove("evidence_at");
                return rest;
            }).toList());
        }
        return all;
    }

    @Override
    public void close() {
        runtime.close();
    }
}
