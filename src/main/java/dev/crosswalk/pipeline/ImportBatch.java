package dev.crosswalk.pipeline;

import dev.crosswalk.apply.SubscriptionReconciliation;
import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.db.PlannerStatistics;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.NamedConflicts.NamedConflict;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.rollback.OpenBatch;
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
    /** The batch's transaction and ledger row, from {@link BatchTransaction#begin} on. */
    OpenBatch open;
    Connection connection;
    ChunkProcessor chunks;
    PlannerStatistics statistics;
    SubscriptionReconciliation reconciles;
    Map<String, Object> reconciliation;
    RowStream rows;
    final List<NamedConflict> listed = new ArrayList<>();
    /** Set once the batch's outcome is known: finished, or found already applied. */
    BatchReport report;

    ImportBatch(ImportRequest request, boolean fromInbox) {
        this.request = request;
        this.fromInbox = fromInbox;
    }

    /** The same file (same SHA-256) was applied before: there is nothing to import, only a report to write. */
    public boolean alreadyApplied() {
        return report != null;
    }

    /** The transaction is open, with the batch's files. */
    void began(OpenBatch open) {
        this.open = open;
        this.connection = open.connection();
        this.outputs = open.outputs();
    }

    /** A failure: the transaction is rolled back and the batch's half-written files deleted. */
    void abandon(Exception failure) {
        if (open != null) {
            open.abandon(failure);
        }
    }

    /** Stops the read-ahead, closes the connection and the file, gives the turn back; safe to call twice. */
    @Override
    public void close() throws SQLException {
        try {
            if (rows != null) {
                rows.close();
            }
            if (open != null) {
                open.close();
            }
        } finally {
            if (csv != null) {
                csv.close();
            }
        }
    }
}
