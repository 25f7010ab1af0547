package dev.crosswalk.pipeline;

import dev.crosswalk.erasure.Tombstones;
import dev.crosswalk.locks.LockClassifier;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.rollback.BatchKind;
import dev.crosswalk.rollback.OpenBatch;
import dev.crosswalk.rollback.UnitOfWork;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file's batch as a {@link UnitOfWork}, held across the route's stages: {@link #begin} opens it (one batch
 * at a time; the ledger row written) and has {@link BatchAssembler} build the per-batch objects on its connection,
 * {@link #finish} commits it — or rolls it back, always, for a preview — and {@link #close} ends it whatever
 * happened (a failure was rolled back by {@link BatchFailure}).
 */
public final class BatchTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(BatchTransaction.class);

    private final UnitOfWork batches;
    private final BatchAssembler assembler;
    /**
     * One batch at a time: in this process here, so that waiting inboxes hold no pooled connection, and across
     * processes (a CLI import beside the service) by the import lock each batch takes.
     */
    private final Semaphore importing = new Semaphore(1);

    public BatchTransaction(UnitOfWork batches, ImportOptions options, Tombstones tombstones,
            LockClassifier classifier) {
        this.batches = batches;
        this.assembler = new BatchAssembler(options, tombstones, classifier);
    }

    public OpenImport begin(RecognisedFile file) throws SQLException, InterruptedException {
        ImportRequest request = file.request();
        importing.acquire();
        OpenBatch open;
        try {
            open = batches.open(BatchKind.of(request.preview() ? "preview" : "import",
                    request.file().getFileName().toString()).file(file.source().name(), file.format().name(),
                    file.format().version(), file.reports().sha256()).preview(request.preview()).alone()
                    .withId(request.batchId()));
        } catch (SQLException | RuntimeException e) {
            importing.release();
            throw e;
        }
        open.whenClosed(importing::release);
        try {
            return assembler.assemble(open, file);
        } catch (SQLException | RuntimeException e) {
            // not yet the route's to close: undone and closed here, which gives the turn back
            open.abandon(e);
            open.close();
            throw e;
        }
    }

    /** The batch's report, then the commit (its ledger row finished with it) or, for a preview, the rollback. */
    public SettledBatch finish(CheckedBatch checked) throws SQLException {
        OpenImport batch = checked.batch();
        ImportRequest request = batch.request();
        BatchReport report = batch.file().reports().finished(batch.tally(), checked.reconciliation(),
                batch.outputs().written(), request.preview(),
                batch.rows().dataRows() == 0 ? noRows(checked.reconciliation()) : null);
        batch.open().finish(report, report);
        LOG.info("Batch {} {} {}: {}", request.batchId(), report.status(), request.file().getFileName(),
                report.rows());
        return new SettledBatch(request, report, batch.outputs(), checked.listed());
    }

    /**
     * What the route's doFinally closes: the recognised file or, once begun, the open import (its read-ahead, its
     * transaction, its file); null when the file failed before it was recognised.
     */
    public void close(AutoCloseable batch) throws Exception {
        if (batch != null) {
            batch.close();
        }
    }

    /**
     * A header with no rows is an export of nothing (a month without payments, a list nobody joined yet): an empty
     * batch whose report says so. A full export of nothing has listed nobody, so it marks nobody missing either.
     */
    private static String noRows(Map<String, Object> reconciliation) {
        return "The export had no rows: nothing was imported" + (reconciliation == null ? "."
                : " and nothing was marked missing.");
    }
}
