package dev.crosswalk.pipeline;

import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Which batch applied a file before, by its source and SHA-256: the same export is never applied twice. */
final class AppliedFiles {

    private final DataSource dataSource;

    AppliedFiles(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Long batchOf(String source, String sha256) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(Sql.load("batch/applied-sha256"))) {
            ps.setString(1, source);
            ps.setString(2, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
