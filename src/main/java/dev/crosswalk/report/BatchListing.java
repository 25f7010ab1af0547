package dev.crosswalk.report;

import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The applied batches, newest first, as the {@code batches} command lists them. */
public final class BatchListing {

    private BatchListing() {
    }

    /** One row per batch, each value keyed by its column label in {@code sql/batch/list.sql}. */
    public static List<Map<String, Object>> rows(DataSource dataSource) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(Sql.load("batch/list"))) {
            ResultSetMetaData columns = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.put(columns.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
