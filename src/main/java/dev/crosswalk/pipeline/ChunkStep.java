package dev.crosswalk.pipeline;

import dev.crosswalk.decide.ChunkPlan;
import dev.crosswalk.decide.ChunkSnapshot;
import dev.crosswalk.decide.RowOutcome;
import dev.crosswalk.model.SourceRecord;
import java.sql.SQLException;
import java.util.List;

/**
 * The three steps every chunk of rows takes inside the batch's transaction, each the route's body for the next:
 * load (the rows and the state their keys reach), decide (the plan, in memory, no database), write (the plan to
 * SQL; its field changes and skipped rows to the batch's files as they are made).
 */
public final class ChunkStep {

    /** A chunk's rows and the state of every contact their keys reach: what deciding needs. */
    public record LoadedChunk(List<SourceRecord> rows, ChunkSnapshot snapshot) {
    }

    public LoadedChunk load(ImportBatch batch, List<SourceRecord> rows) throws SQLException {
        return new LoadedChunk(rows, batch.parts.chunks().load(batch.connection(), rows));
    }

    public ChunkPlan decide(ImportBatch batch, LoadedChunk chunk) {
        return batch.parts.chunks().decide(chunk.rows(), chunk.snapshot());
    }

    public void write(ImportBatch batch, ChunkPlan plan) throws SQLException {
        batch.parts.chunks().write(batch.connection(), plan);
        batch.outputs().changes(plan.changes().changes());
        plan.skipped().forEach(k -> batch.outputs().rejected(k.line(), RowOutcome.SKIPPED.key(), k.reason()));
        batch.parts.statistics().afterChunk(batch.connection(), plan.rows().size() + plan.skipped().size());
    }
}
