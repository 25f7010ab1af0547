package dev.crosswalk.pipeline;

import dev.crosswalk.config.CrosswalkSettings;
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

    public BatchTransaction(UnitOfWork batches, CrosswalkSettings settings) {
        this.batches = batches;
        this.assembler = new BatchAssembler(settings);
    }

    public void begin(ImportBatch batch) throws SQLException, InterruptedException {
        ImportRequest request = batch.request;
        RecognisedFile file = batch.file;
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
        // the batch holds the open batch first: closing it gives the turn back even when assembling refuses
        batch.began(open);
        batch.assembled(assembler.assemble(open.connection(), request, file, batch.tally));
    }

    /** The batch's report, then the commit (its ledger row finished with it) or, for a preview, the rollback. */
    public void finish(ImportBatch batch) throws SQLException {
        ImportRequest request = batch.request;
        BatchReport report = batch.file.reports().finished(batch.tally, batch.reconciliation,
                batch.outputs().written(), request.preview(),
                batch.rows.dataRows() == 0 ? noRows(batch.reconciliation) : null);
        batch.open.finish(report, report);
        batch.settle(new SettledBatch(report, batch.outputs(), batch.listed));
        LOG.info("Batch {} {} {}: {}", request.batchId(), report.status(), request.file().getFileName(),
                report.rows());
    }

    /** {@code batch} is null when the file failed before it was given one. */
    public void close(ImportBatch batch) throws SQLException {
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
