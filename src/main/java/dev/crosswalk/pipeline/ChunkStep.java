package dev.crosswalk.pipeline;

import dev.crosswalk.model.SourceRecord;
import java.sql.SQLException;
import java.util.List;

/**
 * One chunk of rows through match → protect → apply ({@link ChunkProcessor}), inside the batch's transaction; its
 * field changes and skipped rows go to the batch's files as they are made.
 */
public final class ChunkStep {

    public void process(ImportBatch batch, List<SourceRecord> rows) throws SQLException {
        ChunkProcessor.Written written = batch.chunks.process(batch.connection, rows);
        batch.outputs.changes(written.changes());
        written.skipped().forEach(k -> batch.outputs.rejected(k.line(), RowOutcome.SKIPPED.key(), k.reason()));
        batch.statistics.afterChunk(batch.connection, rows.size());
    }
}
