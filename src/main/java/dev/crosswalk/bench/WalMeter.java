package dev.crosswalk.bench;

import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Write-ahead log written during a scenario: what the database physically wrote for it, comparable between the
 * COPY baseline and an import (every table, index and row the import touches shows up here).
 */
final class WalMeter {

    private final DataSource ds;
    private final String start;

    private WalMeter(DataSource ds, String start) {
        this.ds = ds;
        this.start = start;
    }

    static WalMeter start(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(Sql.load("bench/wal-position"))) {
            rs.next();
            return new WalMeter(ds, rs.getString(1));
        }
    }

    /** Bytes of WAL written since {@link #start}. */
    long bytes() throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(Sql.load("bench/wal-since"))) {
            ps.setString(1, start);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
