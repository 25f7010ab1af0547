package dev.crosswalk.pipeline;

import dev.crosswalk.model.SourceRecord;
import java.util.Iterator;
import java.util.List;

/**
 * The open import's rows as the route's streaming split reads them: its row stream's chunks (read ahead on a thread
 * of their own, {@link RowStream}), each handed on with the batch it belongs to, as the chunk steps take it.
 */
public final class RowChunks {

    public Iterator<ChunkStep.Chunk> of(OpenImport batch) {
        RowStream rows = batch.rows();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public ChunkStep.Chunk next() {
                return new ChunkStep.Chunk(batch, rows.next());
            }
        };
    }
}
