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
 * SQL; its field changes and skipped rows to the batch's files as they are made). Each carries the open import it
 * belongs to: a split's part sees only its own body.
 */
public final class ChunkStep {

    /** A chunk's rows, as the split hands them on. */
    public record Chunk(OpenImport batch, List<SourceRecord> rows) {
    }

    /** A chunk's rows and the state of every contact their keys reach: what deciding needs. */
    public record LoadedChunk(OpenImport batch, List<SourceRecord> rows, ChunkSnapshot snapshot) {
    }

    /** A chunk's plan, what writing needs. */
    public record PlannedChunk(OpenImport batch, ChunkPlan plan) {
    }

    public LoadedChunk load(Chunk chunk) throws SQLException {
        OpenImport batch = chunk.batch();
        return new LoadedChunk(batch, chunk.rows(), batch.chunks().load(batch.connection(), chunk.rows()));
    }

    public PlannedChunk decide(LoadedChunk chunk) {
        return new PlannedChunk(chunk.batch(), chunk.batch().chunks().decide(chunk.rows(), chunk.snapshot()));
    }

    public void write(PlannedChunk chunk) throws SQLException {
        OpenImport batch = chunk.batch();
        ChunkPlan plan = chunk.plan();
        batch.chunks().write(batch.connection(), plan);
        batch.created().chunk(plan);
        batch.outputs().changes(plan.changes().changes());
        plan.skipped().forEach(k -> batch.outputs().rejected(k.line(), RowOutcome.SKIPPED.key(), k.reason()));
        batch.statistics().afterChunk(batch.connection(), plan.rows().size() + plan.skipped().size());
    }
}
