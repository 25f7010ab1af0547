package dev.crosswalk.pipeline;

import dev.crosswalk.apply.ChunkWriter;
import dev.crosswalk.apply.MoneyWriter;
import dev.crosswalk.apply.SubscriptionReconciliation;
import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.consent.ConsentRules;
import dev.crosswalk.db.PlannerStatistics;
import dev.crosswalk.db.Sql;
import dev.crosswalk.decide.ChunkDecider;
import dev.crosswalk.erasure.ErasureKey;
import dev.crosswalk.erasure.Tombstones;
import dev.crosswalk.match.ChunkLoader;
import dev.crosswalk.match.LockRules;
import dev.crosswalk.protect.FieldEquivalence;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.rollback.BatchLedger;
import dev.crosswalk.source.AfterLastRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one database transaction of a file's batch, held across the route's stages: {@link #begin} opens it (one
 * batch at a time) and records the batch in the ledger, {@link #finish} commits it — or rolls it back, always, for
 * a preview — and {@link #close} ends it whatever happened (a failure was rolled back by {@link BatchFailure}).
 */
public final class BatchTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(BatchTransaction.class);
    /** how often a long import checks that the planner still knows how large the tables it grows are */
    private static final long STATISTICS_CHECK_ROWS = 10_000;

    private final DataSource dataSource;
    private final CrosswalkSettings settings;
    private final Outbox outbox;
    private final BatchLedger ledger;
    private final Tombstones tombstones;
    /**
     * One batch at a time: in this process here, so that waiting inboxes hold no pooled connection, and across
     * processes (a CLI import beside the service) by the advisory lock each batch takes.
     */
    private final Semaphore importing = new Semaphore(1);

    public BatchTransaction(DataSource dataSource, CrosswalkSettings settings, Outbox outbox) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.outbox = outbox;
        this.ledger = new BatchLedger(settings, dataSource);
        // created here, at first start, when the installation has none yet
        this.tombstones = new Tombstones(ErasureKey.load(settings));
    }

    public void begin(ImportBatch batch) throws SQLException, InterruptedException {
        ImportRequest request = batch.request;
        importing.acquire();
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException | RuntimeException e) {
            importing.release();
            throw e;
        }
        batch.began(c, importing::release);
        batch.outputs = new OutputFiles(outbox.root(), request.batchId(), request.preview());
        batch.outputs.open();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/lock"))) {
            ps.execute();
        }
        BatchLedger.start(c, request.batchId(), request.preview() ? "preview" : "import", batch.source.name(),
                batch.format.name(), batch.format.version(), request.file().getFileName().toString(),
                batch.reports.sha256());
        if (batch.format.afterLastRow() == AfterLastRow.RECONCILE_SUBSCRIPTIONS) {
            batch.reconciles = new SubscriptionReconciliation(batch.source.system());
            batch.reconciles.refuseIfStale(c, request.exportedAt());
        }
        ChunkWriter writer = new ChunkWriter(request.batchId(), batch.source.name());
        writer.prepare(c);
        MoneyWriter money = new MoneyWriter(request.batchId(), batch.source.system());
        money.prepare(c);
        ChunkDecider decider = new ChunkDecider(batch.source,
                LockRules.load(c, settings.approveFillsOnFullLock()), settings.sourcePrecedence(),
                new FieldEquivalence(settings.phoneDefaultCountry()),
                new ConsentRules(settings.autoHonourOptOuts()));
        batch.chunks = new ChunkProcessor(
                new ChunkLoader(batch.source.name(), batch.source.system(), tombstones.forBatch(c)), decider, writer,
                money, batch.tally);
        batch.statistics = new PlannerStatistics(STATISTICS_CHECK_ROWS);
    }

    /** The batch's report, then the commit (its ledger row finished with it) or, for a preview, the rollback. */
    public void finish(ImportBatch batch) throws SQLException {
        ImportRequest request = batch.request;
        BatchReport report = batch.reports.finished(batch.tally, batch.reconciliation, batch.outputs.written(),
                request.preview(), batch.rows.dataRows() == 0 ? noRows(batch.reconciliation) : null);
        if (request.preview()) {
            batch.connection.rollback();
        } else {
            ledger.finish(batch.connection, report, report);
            batch.connection.commit();
        }
        batch.ended();
        batch.outputs.close();
        batch.report = report;
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
