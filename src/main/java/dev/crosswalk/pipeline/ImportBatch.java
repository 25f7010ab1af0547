package dev.crosswalk.pipeline;

import dev.crosswalk.report.NamedConflicts.NamedConflict;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.rollback.OpenBatch;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One file's batch on its way through the import route, carried in the exchange property {@link Headers#BATCH}.
 * Each part is set once, by the stage that produces it, for the stages after: the request ({@code newBatch}), the
 * {@link RecognisedFile} ({@code fileRecognition}), the open batch and its {@link BatchParts} ({@code begin}), the
 * row stream ({@code rowChunks}), the reconciliation ({@code wholeFileChecks}), the listed conflicts
 * ({@code conflictsFile}) and the {@link SettledBatch} (a duplicate found, or {@code finish}). {@link #close()}
 * closes what the stages opened — the file, the read-ahead, the transaction — whatever happened.
 */
public final class ImportBatch implements AutoCloseable {

    final ImportRequest request;
    final boolean fromInbox;
    final BatchTally tally = new BatchTally();
    final List<NamedConflict> listed = new ArrayList<>();
    RecognisedFile file;
    OpenBatch open;
    BatchParts parts;
    RowStream rows;
    Map<String, Object> reconciliation;
    private SettledBatch settled;

    ImportBatch(ImportRequest request, boolean fromInbox) {
        this.request = request;
        this.fromInbox = fromInbox;
    }

    /** The same file (same SHA-256) was applied before: there is nothing to import, only a report to write. */
    public boolean alreadyApplied() {
        return settled != null;
    }

    /** The transaction is open, with the batch's files. */
    void began(OpenBatch open) {
        this.open = open;
        open.outputs();
    }

    /** The objects the later stages work with, built on the open transaction. */
    void assembled(BatchParts parts) {
        this.parts = parts;
    }

    Connection connection() {
        return open.connection();
    }

    OutputFiles outputs() {
        return open.outputs();
    }

    /** The batch's outcome, known once: a duplicate before its transaction or at its commit, or its finish. */
    void settle(SettledBatch outcome) {
        if (settled != null) {
            throw new IllegalStateException("batch " + request.batchId() + " is settled already");
        }
        settled = outcome;
    }

    SettledBatch settled() {
        return settled;
    }

    /** A failure: the transaction is rolled back and the batch's half-written files deleted. */
    void abandon(Exception failure) {
        if (open != null) {
            open.abandon(failure);
        }
    }

    /** Stops the read-ahead, closes the transaction (giving the turn back) and the file; safe to call twice. */
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
            if (file != null) {
                file.csv().close();
            }
        }
    }
}
