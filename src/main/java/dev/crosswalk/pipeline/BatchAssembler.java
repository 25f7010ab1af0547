package dev.crosswalk.pipeline;

import dev.crosswalk.apply.ChunkWriter;
import dev.crosswalk.apply.MergeWriter;
import dev.crosswalk.apply.MoneyWriter;
import dev.crosswalk.apply.SubscriptionReconciliation;
import dev.crosswalk.consent.ConsentRules;
import dev.crosswalk.db.PlannerStatistics;
import dev.crosswalk.decide.ChunkDecider;
import dev.crosswalk.erasure.Tombstones;
import dev.crosswalk.locks.LockClassifier;
import dev.crosswalk.match.ChunkLoader;
import dev.crosswalk.match.LockRules;
import dev.crosswalk.protect.FieldEquivalence;
import dev.crosswalk.rollback.OpenBatch;
import dev.crosswalk.source.AfterLastRow;
import dev.crosswalk.source.FileStyleScan;
import dev.crosswalk.source.MappingContext;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Builds one import batch's per-batch objects, once its transaction is open, as the {@link OpenImport} the later
 * stages take: the tally, the row stream (read ahead), the writers prepared on its connection, the decider with the
 * lock rules as they stand, the loader with the tombstones, what the classification after it notes of the contacts
 * it creates, the reconciliation of a full subscriptions export (refused here when the export is older than the last
 * one applied). The only maker of these in the route.
 */
final class BatchAssembler {

    /** how often a long import checks that the planner still knows how large the tables it grows are */
    private static final long STATISTICS_CHECK_ROWS = 10_000;

    private final ImportOptions options;
    private final Tombstones tombstones;
    private final LockClassifier classifier;

    BatchAssembler(ImportOptions options, Tombstones tombstones, LockClassifier classifier) {
        this.options = options;
        this.tombstones = tombstones;
        this.classifier = classifier;
    }

    OpenImport assemble(OpenBatch open, RecognisedFile file) throws SQLException {
        Connection c = open.connection();
        ImportRequest request = file.request();
        SubscriptionReconciliation reconciles = null;
        if (file.format().afterLastRow() == AfterLastRow.RECONCILE_SUBSCRIPTIONS) {
            reconciles = new SubscriptionReconciliation(file.source().system());
            reconciles.refuseIfStale(c, request.exportedAt());
        }
        ChunkWriter writer = new ChunkWriter(request.batchId(), file.source().name());
        MoneyWriter money = new MoneyWriter(request.batchId(), file.source().system());
        money.prepare(c);
        ChunkDecider decider = new ChunkDecider(file.source(),
                LockRules.load(c, options.approveFillsOnFullLock()), options.precedence(),
                new FieldEquivalence(options.phoneDefaultCountry()), new ConsentRules(options.autoHonourOptOuts()));
        BatchTally tally = new BatchTally();
        ChunkProcessor chunks = new ChunkProcessor(new ChunkLoader(file.source().name(), file.source().system(),
                tombstones.forBatch(c)), decider, writer, money, new MergeWriter(request.batchId()), tally);
        MappingContext context = new MappingContext(file.source(), request.exportedAt(), options.sourceZone(),
                file.styles());
        RowStream rows = new RowStream(file.csv(), FileStyleScan.guard(file.format().bind(file.csv().header(),
                context), file.dateRule(), file.numberRule()), tally, open.outputs(),
                "Batch " + request.batchId() + " (" + request.file().getFileName() + ")", options.chunkSize(),
                options.progressEveryRows());
        return new OpenImport(file, open, tally, rows, chunks,
                classifier.createdBy(file.source().name(), file.source().system()),
                new PlannerStatistics(STATISTICS_CHECK_ROWS), reconciles);
    }
}
