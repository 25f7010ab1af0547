package dev.crosswalk.pipeline;

import dev.crosswalk.apply.ChunkWriter;
import dev.crosswalk.apply.MergeWriter;
import dev.crosswalk.apply.MoneyWriter;
import dev.crosswalk.decide.ChunkDecider;
import dev.crosswalk.decide.ChunkPlan;
import dev.crosswalk.decide.ChunkSnapshot;
import dev.crosswalk.decide.RowOutcome;
import dev.crosswalk.match.ChunkLoader;
import dev.crosswalk.model.SourceRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What one batch needs to take each chunk through load → decide → write: the state every key of the chunk reaches,
 * read in one set of queries ({@link ChunkLoader}); the rows decided against it in memory, with no database
 * ({@link ChunkDecider}); the plan written set-based, contacts first, then the money records that need their
 * ids, then the merges that move both ({@link ChunkWriter}, {@link MoneyWriter}, {@link MergeWriter}), and counted.
 * Each step stands alone; all three hold only per-batch state, so the route calls them as three steps.
 */
final class ChunkProcessor {

    private final ChunkLoader loader;
    private final ChunkDecider decider;
    private final ChunkWriter writer;
    private final MoneyWriter money;
    private final MergeWriter merges;
    private final BatchTally tally;

    ChunkProcessor(ChunkLoader loader, ChunkDecider decider, ChunkWriter writer, MoneyWriter money,
            MergeWriter merges, BatchTally tally) {
        this.loader = loader;
        this.decider = decider;
        this.writer = writer;
        this.money = money;
        this.merges = merges;
        this.tally = tally;
    }

    ChunkSnapshot load(Connection c, List<SourceRecord> chunk) throws SQLException {
        return loader.load(c, chunk);
    }

    ChunkPlan decide(List<SourceRecord> chunk, ChunkSnapshot snapshot) {
        return decider.decide(chunk, snapshot);
    }

    /** Writes the plan and counts its rows: a row's money record, once written, may settle its outcome. */
    void write(Connection c, ChunkPlan plan) throws SQLException {
        writer.write(c, plan.changes());
        plan.outcomes(money.write(c, plan)).values().forEach(tally::row);
        merges.write(c, plan);
        plan.skipped().forEach(k -> {
            tally.row(RowOutcome.SKIPPED);
            tally.skipped(k.reason());
        });
        tally.add(plan.figures());
    }
}
