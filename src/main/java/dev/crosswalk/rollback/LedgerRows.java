package dev.crosswalk.rollback;

import dev.crosswalk.apply.ConflictQueue;
import dev.crosswalk.db.Sql;
import dev.crosswalk.protect.FieldEquivalence;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.OutputFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every statement that writes {@code import_batches}, and the only class that loads them: used by {@link UnitOfWork}
 * and {@link OpenBatch} alone (ArchUnit-enforced), so a batch's ledger row is written by the batch's lifecycle.
 */
final class LedgerRows {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerRows.class);

    private final Path outbox;
    private final FieldEquivalence equivalence;

    LedgerRows(Path outbox, FieldEquivalence equivalence) {
        this.outbox = outbox;
        this.equivalence = equivalence;
    }

    static long newId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/next-id")); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One import at a time (and no import beside an erasure or an adoption), until the transaction ends. */
    static void exclusive(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/lock"))) {
            ps.execute();
        }
    }

    static void start(Connection c, long id, BatchKind kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/insert"))) {
            ps.setLong(1, id);
            ps.setString(2, kind.kind());
            ps.setString(3, kind.source());
            ps.setString(4, kind.format());
            ps.setString(5, kind.formatVersion());
            ps.setString(6, kind.what());
            ps.setString(7, kind.sha256());
            ps.executeUpdate();
        }
    }

    static void describe(Connection c, long id, String what) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/describe"))) {
            ps.setString(1, what);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    static void status(Connection c, String status, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/set-status"))) {
            ps.setString(1, status);
            ps.setArray(2, c.createArrayOf("bigint", ids.toArray()));
            ps.executeUpdate();
        }
    }

    static void valuesExpired(Connection c, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/values-expired"))) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            ps.executeUpdate();
        }
    }

    /**
     * The batch records whose report or details spell one of {@code emails} (a review's decisions, a merge's
     * contacts), each with its report and details passed through {@code redact}; returns how many.
     */
    static long redact(Connection c, Collection<String> emails, UnaryOperator<String> redact) throws SQLException {
        long cleared = 0;
        try (PreparedStatement find = c.prepareStatement(Sql.load("batch/naming"));
                PreparedStatement update = c.prepareStatement(Sql.load("batch/redact"))) {
            find.setArray(1, c.createArrayOf("text", emails.toArray()));
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    update.setString(1, rs.getString(2) == null ? null : redact.apply(rs.getString(2)));
                    update.setString(2, rs.getString(3) == null ? null : redact.apply(rs.getString(3)));
                    update.setLong(3, rs.getLong(1));
                    update.addBatch();
                    cleared++;
                }
            }
            update.executeBatch();
        }
        return cleared;
    }

    /**
     * Records the finished batch (inside its transaction) with its details; the report is written after. Open review
     * items whose proposal the batch made the stored value close themselves first.
     */
    void finish(Connection c, BatchReport r, Object details) throws SQLException {
        int settled = ConflictQueue.settle(c, r.batch(), equivalence);
        if (settled > 0) {
            LOG.info("Batch {}: {} open review items settled (the stored value is their proposal)", r.batch(),
                    settled);
        }
        OutputFiles paths = new OutputFiles(outbox, r.batch());
        try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/finish"))) {
            int p = 1;
            ps.setString(p++, r.status());
            for (String outcome : new String[] {"read", "new", "updated", "unchanged", "conflict", "rejected",
                "skipped"}) {
                ps.setLong(p++, r.rowCount(outcome));
            }
            ps.setString(p++, paths.reportJson().toString());
            ps.setString(p++, paths.reportHtml().toString());
            ps.setString(p++, BatchLedger.json(details));
            ps.setLong(p, r.batch());
            ps.executeUpdate();
        }
    }
}
