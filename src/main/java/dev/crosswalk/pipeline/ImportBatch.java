package dev.crosswalk.pipeline;

import dev.crosswalk.apply.SubscriptionReconciliation;
import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.db.PlannerStatistics;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.NamedConflicts.NamedConflict;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.source.DateRule;
import dev.crosswalk.source.FileStyleScan;
import dev.crosswalk.source.NumberRule;
import dev.crosswalk.source.SourceDefinition;
import dev.crosswalk.source.SourceFormat;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One file's batch on its way through the import route, carried in the exchange property {@link Headers#BATCH}:
 * the request, what recognition found, the one database transaction every stage works in, and what the stages
 * have produced so far. Each stage fills in its part; {@link #close()} ends it whatever happened.
 */
public final class ImportBatch implements AutoCloseable {

    final ImportRequest request;
    final boolean fromInbox;
    SourceDefinition source;
    SourceFormat format;
    DateRule dateRule;
    NumberRule numberRule;
    FileStyleScan.Styles styles;
    CsvFile csv;
    BatchReports reports;
    OutputFiles outputs;
    final BatchTally tally = new BatchTally();
    Connection connection;
    ChunkProcessor chunks;
    PlannerStatistics statistics;
    SubscriptionReconciliation reconciles;
    Map<String, Object> reconciliation;
    RowStream rows;
    final List<NamedConflict> listed = new ArrayList<>();
    /** Set once the batch's outcome is known: finished, or found already applied. */
    BatchReport report;
    private boolean ended;
    private Runnable release;

    ImportBatch(ImportRequest request, boolean fromInbox) {
        this.request = request;
        this.fromInbox = fromInbox;
    }

    /** The same file (same SHA-256) was applied before: there is nothing to import, only a report to write. */
    public boolean alreadyApplied() {
        return report != null;
    }

    /** The transaction is open: {@code release} gives back what opening it took (the one-batch-at-a-time turn). */
    void began(Connection c, Runnable release) {
        this.connection = c;
        this.release = release;
    }

    /** Committed, or (a preview) rolled back on purpose: closing leaves its files in place. */
    void ended() {
        ended = true;
    }

    /** A failure: the transaction is rolled back and the batch's half-written files deleted. */
    void abandon(Exception failure) {
        if (connection == null || ended) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            // a connection that died with the server cannot roll back; the server drops the transaction anyway
            failure.addSuppressed(e);
        }
        outputs.discard();
        ended = true;
    }

    /** Stops the read-ahead, closes the connection and the file, gives the turn back; safe to call twice. */
    @Override
    public void close() throws SQLException {
        try {
            if (rows != null) {
                rows.close();
            }
            if (connection != null) {
                connection.close();
            }
        } finally {
            if (release != null) {
                release.run();
                release = null;
            }
            if (csv != null) {
                csv.close();
            }
        }
    }
}
