package dev.crosswalk.pipeline;

import dev.crosswalk.apply.ChunkWriter;
import dev.crosswalk.apply.MoneyWriter;
import dev.crosswalk.apply.SubscriptionReconciliation;
import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.consent.ConsentRules;
import dev.crosswalk.db.PlannerStatistics;
import dev.crosswalk.decide.ChunkDecider;
import dev.crosswalk.erasure.ErasureKey;
import dev.crosswalk.erasure.Tombstones;
import dev.crosswalk.match.ChunkLoader;
import dev.crosswalk.match.LockRules;
import dev.crosswalk.protect.FieldEquivalence;
import dev.crosswalk.source.AfterLastRow;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Builds one import batch's per-batch objects, once its transaction is open: the writers prepared on its
 * connection, the decider with the lock rules as they stand, the loader with the tombstones, the reconciliation of a
 * full subscriptions export (refused here when the export is older than the last one applied).
 */
final class BatchAssembler {

    /** how often a long import checks that the planner still knows how large the tables it grows are */
    private static final long STATISTICS_CHECK_ROWS = 10_000;

    private final CrosswalkSettings settings;
    private final Tombstones tombstones;

    BatchAssembler(CrosswalkSettings settings) {
        this.settings = settings;
        // created here, at first start, when the installation has none yet
        this.tombstones = new Tombstones(ErasureKey.load(settings));
    }

    BatchParts assemble(Connection c, ImportRequest request, RecognisedFile file, BatchTally tally)
            throws SQLException {
        SubscriptionReconciliation reconciles = null;
        if (file.format().afterLastRow() == AfterLastRow.RECONCILE_SUBSCRIPTIONS) {
            reconciles = new SubscriptionReconciliation(file.source().system());
            reconciles.refuseIfStale(c, request.exportedAt());
        }
        ChunkWriter writer = new ChunkWriter(request.batchId(), file.source().name());
        writer.prepare(c);
        MoneyWriter money = new MoneyWriter(request.batchId(), file.source().system());
        money.prepare(c);
        ChunkDecider decider = new ChunkDecider(file.source(),
                LockRules.load(c, settings.approveFillsOnFullLock()), settings.sourcePrecedence(),
                new FieldEquivalence(settings.phoneDefaultCountry()),
                new ConsentRules(settings.autoHonourOptOuts()));
        ChunkProcessor chunks = new ChunkProcessor(new ChunkLoader(file.source().name(), file.source().system(),
                tombstones.forBatch(c)), decider, writer, money, tally);
        return new BatchParts(chunks, new PlannerStatistics(STATISTICS_CHECK_ROWS), reconciles);
    }
}
