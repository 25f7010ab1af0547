package dev.crosswalk.adopt;

import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The legacy database itself, read in one repeatable-read, read-only transaction (one snapshot for every table;
 * it never writes there). Columns are discovered from information_schema because the scripts that built it added
 * most of them "if missing".
 */
public final class LiveLegacyReader implements LegacyReader {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final int FETCH_SIZE = 5_000;

    private final String url;
    private final Connection connection;

    public LiveLegacyReader(String url, String user, String password) throws SQLException {
        this.url = url;
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("readOnly", "true");
        this.connection = DriverManager.getConnection(url, props);
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        try (Statement st = connection.createStatement()) {
            st.execute(Sql.load("adopt/legacy-snapshot"));
            st.execute(Sql.load("adopt/time-zone"));
        }
    }

    @Override
    public List<Map<String, String>> rows(String table, List<String> wanted) throws SQLException {
        Map<String, String> expressions = columns(table);
        expressions.keySet().retainAll(wanted);
        List<String> columns = new ArrayList<>(expressions.keySet());
        List<Map<String, String>> rows = new ArrayList<>();
        if (columns.isEmpty() || !IDENTIFIER.matcher(table).matches()) {
            return rows;
        }
        String sql = Sql.load("adopt/legacy-rows").replace("{table}", table)
                .replace("{columns}", String.join(", ", expressions.values()));
        try (Statement st = connection.createStatement()) {
            st.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        row.put(columns.get(i), rs.getString(i + 1));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** Column → the expression that reads it as text (quoted by PostgreSQL's own format(%I)). */
    private Map<String, String> columns(String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(Sql.load("adopt/legacy-columns"))) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return columns;
    }

    @Override
    public String describe() {
        return url.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    @Override
    public String kind() {
        return "live";
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
