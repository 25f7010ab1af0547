package dev.crosswalk.audit;

import dev.crosswalk.db.Sql;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every {@code audit_*} view of the database (R__audit_views.sql), in one read-only snapshot, as rows of
 * column → value. Views are found in the catalog, so a view added to the migration is audited without code.
 */
final class AuditViews {

    private AuditViews() {
    }

    static Map<String, List<Map<String, Object>>> read(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        // one snapshot: the numbers of all views agree with each other even while an import commits
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try (Statement st = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(Sql.load("audit/views"))) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            Map<String, List<Map<String, Object>>> views = new LinkedHashMap<>();
            for (String name : names) {
                // the name comes from the catalog
                try (ResultSet rs = st.executeQuery(Sql.load("audit/view-rows", Map.of("view", name)))) {
                    views.put(name, rows(rs));
                }
            }
            c.commit();
            return views;
        } finally {
            c.setReadOnly(false);
            c.setAutoCommit(autoCommit);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    private static List<Map<String, Object>> rows(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                row.put(md.getColumnLabel(i), value(rs.getObject(i)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** JSON-friendly values: instants and dates as ISO text, arrays as lists, numbers and booleans as they are. */
    private static Object value(Object v) throws SQLException {
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof Date d) {
            return d.toLocalDate();
        }
        if (v instanceof Array a) {
            return Arrays.asList((Object[]) a.getArray());
        }
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        return v.toString();
    }
}
