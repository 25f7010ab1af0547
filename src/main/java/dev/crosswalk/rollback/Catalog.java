package dev.crosswalk.rollback;

import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the database says about its tables: columns, primary keys and the references pointing at a table (foreign
 * keys, and those declared in {@code unenforced_references}). Undo is generic by table, so every table and column
 * name it puts into SQL is first checked here.
 */
final class Catalog {

    /** A single-column reference into a table. */
    record Reference(String childTable, String childColumn, boolean cascades, boolean nullable, boolean childHasId) {
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final Connection connection;
    private final Map<String, List<String>> columns = new HashMap<>();
    private final Map<String, List<String>> keys = new HashMap<>();
    private final Map<String, List<Reference>> references = new HashMap<>();

    Catalog(Connection connection) {
        this.connection = connection;
    }

    /** The SQL resource with {table} (and {column}) filled in, after checking they exist. */
    String sql(String name, String table, String column) throws SQLException {
        List<String> cols = columns(table);
        if (cols.isEmpty()) {
            throw new IllegalStateException("the audit names an unknown table: " + table);
        }
        if (column != null && !cols.contains(column)) {
            throw new IllegalStateException("the audit names an unknown column: " + table + "." + column);
        }
        return Sql.load(name, column == null ? Map.of("table", table) : Map.of("table", table, "column", column));
    }

    List<String> columns(String table) throws SQLException {
        if (!IDENTIFIER.matcher(table).matches()) {
            return List.of();
        }
        if (!columns.containsKey(table)) {
            columns.put(table, strings("rollback/columns", table));
        }
        return columns.get(table);
    }

    List<String> primaryKey(String table) throws SQLException {
        if (!keys.containsKey(table)) {
            columns(table);
            keys.put(table, strings("rollback/primary-key", table));
        }
        return keys.get(table);
    }

    List<Reference> references(String table) throws SQLException {
        if (!references.containsKey(table)) {
            List<Reference> refs = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(Sql.load("rollback/references"))) {
                ps.setString(1, table);
                ps.setString(2, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        refs.add(new Reference(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                                rs.getBoolean(5)));
                    }
                }
            }
            references.put(table, refs);
        }
        return references.get(table);
    }

    private List<String> strings(String sql, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(Sql.load(sql))) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
