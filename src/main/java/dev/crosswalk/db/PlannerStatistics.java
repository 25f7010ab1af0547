package dev.crosswalk.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the planner's statistics fitting the tables one long transaction grows by hundreds of thousands of rows:
 * every {@code checkEveryRows} rows it asks which tables the transaction has grown past their statistics (none,
 * "no rows", or taken at less than half the table's size: {@code sql/db/stale-estimates.sql}) and analyzes those
 * inside the transaction, where ANALYZE counts the transaction's own uncommitted rows. A table comes up again only
 * once it has doubled, so a file costs a handful of ANALYZEs per table, and none where statistics still fit.
 */
public final class PlannerStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(PlannerStatistics.class);

    private final long checkEveryRows;
    private long rows;

    public PlannerStatistics(long checkEveryRows) {
        this.checkEveryRows = checkEveryRows;
    }

    /** After a chunk of {@code chunkRows} rows was written in the transaction of {@code c}. */
    public void afterChunk(Connection c, long chunkRows) throws SQLException {
        long before = rows;
        rows += chunkRows;
        if (rows / checkEveryRows > before / checkEveryRows) {
            refresh(c, checkEveryRows);
        }
    }

    /** Analyzes the tables grown by at least {@code minimumRows} beyond their statistics; returns their names. */
    public static List<String> refresh(Connection c, long minimumRows) throws SQLException {
        List<String> stale = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("db/stale-estimates"))) {
            ps.setLong(1, minimumRows);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stale.add(rs.getString(1));
                }
            }
        }
        if (!stale.isEmpty()) {
            LOG.info("Statistics of {} lag behind this import's rows: analyzing them", stale);
            try (Statement st = c.createStatement()) {
                for (String table : stale) {
                    st.execute(Sql.load("db/analyze", Map.of("table", table)));
                }
            }
        }
        return stale;
    }
}
