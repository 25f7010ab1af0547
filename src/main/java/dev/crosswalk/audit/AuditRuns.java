package dev.crosswalk.audit;

import dev.crosswalk.db.Sql;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The {@code audit_runs} ledger, and the lock between instances: a scheduled run first claims its slot (the
 * cron's scheduled fire time, the same on every instance); the unique index lets exactly one claim succeed.
 */
final class AuditRuns {

    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final DataSource dataSource;

    AuditRuns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The run id when this instance won the slot; empty when another instance already ran it. */
    OptionalLong claim(Instant slot) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(Sql.load("audit/run-claim"))) {
            ps.setTimestamp(1, Timestamp.from(slot));
            ps.setString(2, INSTANCE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** A run on demand: no slot, always runs. */
    long start() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(Sql.load("audit/run-start"))) {
            ps.setString(1, INSTANCE);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    void done(long run, Path html, Path json) throws SQLException {
        finish(run, "done", html.toString(), json.toString(), null);
    }

    void failed(long run, String message) throws SQLException {
        finish(run, "failed", null, null, message);
    }

    private void finish(long run, String status, String html, String json, String message) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(Sql.load("audit/run-finish"))) {
            ps.setString(1, status);
            ps.setString(2, html);
            ps.setString(3, json);
            ps.setString(4, message);
            ps.setLong(5, run);
            ps.executeUpdate();
        }
    }
}
