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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The {@code audit_runs} ledger, and the lock between instances: a scheduled run first claims its slot (the
 * cron's scheduled fire time, the same on every instance); the unique index lets exactly one claim succeed.
 */
final class AuditRuns {

    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final DataSource dataSource;
    private final int leaseMinutes;

    /** @param leaseMinutes how long a run may stay {@code running} before any instance records it failed */
    AuditRuns(DataSource dataSource, int leaseMinutes) {
        this.dataSource = dataSource;
        this.leaseMinutes = leaseMinutes;
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

    /**
     * Runs left {@code running} by a process of this host that is gone (killed, or stopped mid-audit) become
     * {@code failed} with the reason. Runs of other hosts cannot be told apart from live ones and are left.
     */
    int failAbandoned() throws SQLException {
        return failRunning(AuditRuns::abandoned, "interrupted: the process that ran it (%s) stopped before the "
                + "audit finished");
    }

    /**
     * Runs left {@code running} longer than the lease, by any host (a killed process on another machine cannot be
     * asked whether it still runs), become {@code failed} with a reason naming the lease and the instance.
     */
    int failExpired() throws SQLException {
        String reason = "expired: still running after the lease of " + leaseMinutes
                + " minutes (crosswalk.audit.lease-minutes); the process that ran it (%s) is taken to have stopped";
        int failed = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(Sql.load("audit/runs-expire"))) {
            ps.setString(1, reason);
            ps.setInt(2, leaseMinutes);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    failed++;
                }
            }
        }
        return failed;
    }

    /** This process's own unfinished runs, when it stops before they finish. */
    int failOwn(String reason) throws SQLException {
        return failRunning(INSTANCE::equals, "interrupted: " + reason + " (%s)");
    }

    private int failRunning(Predicate<String> whose, String reason) throws SQLException {
        Map<Long, String> unfinished = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(Sql.load("audit/runs-running"));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (whose.test(rs.getString("instance"))) {
                    unfinished.put(rs.getLong("id"), rs.getString("instance"));
                }
            }
        }
        for (Map.Entry<Long, String> run : unfinished.entrySet()) {
            failed(run.getKey(), String.format(reason, run.getValue()));
        }
        return unfinished.size();
    }

    /** "pid@host" of this host whose process no longer runs (or is this one, starting: the pid was reused). */
    static boolean abandoned(String instance) {
        int at = instance.indexOf('@');
        if (at <= 0 || !instance.substring(at).equals(INSTANCE.substring(INSTANCE.indexOf('@')))) {
            return false;
        }
        try {
            long pid = Long.parseLong(instance.substring(0, at));
            return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException notAPid) {
            return false;
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
