package dev.crosswalk.pipeline;

import dev.crosswalk.apply.SubscriptionReconciliation;
import dev.crosswalk.db.PlannerStatistics;
import dev.crosswalk.locks.CreatedContactSystems;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.rollback.OpenBatch;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A recognised file's batch with its transaction open, as {@code begin} hands it to the chunks and the whole-file
 * checks: the file, the open batch (its connection and files), and the per-batch objects {@link BatchAssembler}
 * built on it — the tally every stage counts into, the row stream (read ahead), the chunk processor (load, decide,
 * write), what the classification after it needs to know of the contacts it creates, the planner-statistics check
 * and a full subscriptions export's reconciliation (null for any other layout). {@link #close()} is what the route's
 * doFinally calls, whatever happened.
 */
record OpenImport(RecognisedFile file, OpenBatch open, BatchTally tally, RowStream rows, ChunkProcessor chunks,
        CreatedContactSystems created, PlannerStatistics statistics, SubscriptionReconciliation reconciles)
        implements AutoCloseable {

    ImportRequest request() {
        return file.request();
    }

    Connection connection() {
        return open.connection();
    }

    OutputFiles outputs() {
        return open.outputs();
    }

    /** Stops the read-ahead, closes the transaction (giving the turn back) and the file; safe to call twice. */
    @Override
    public void close() throws SQLException {
        try {
            rows.close();
            open.close();
        } finally {
            file.close();
        }
    }
}
