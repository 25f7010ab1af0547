package dev.crosswalk.pipeline;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.source.FileStyleScan;
import dev.crosswalk.source.MappingContext;
import java.util.Iterator;
import java.util.List;

/**
 * The file's rows as the route's streaming split reads them: mapped to records a chunk at a time
 * ({@code crosswalk.import.chunk-size} rows), read ahead on a thread of their own ({@link RowStream}).
 */
public final class RowChunks {

    private final CrosswalkSettings settings;

    public RowChunks(CrosswalkSettings settings) {
        this.settings = settings;
    }

    public Iterator<List<SourceRecord>> of(ImportBatch batch) {
        ImportRequest request = batch.request;
        RecognisedFile file = batch.file;
        MappingContext context = new MappingContext(file.source(), request.exportedAt(), settings.sourceZone(),
                file.styles());
        String label = "Batch " + request.batchId() + " (" + request.file().getFileName() + ")";
        batch.rows = new RowStream(file.csv(), FileStyleScan.guard(file.format().bind(file.csv().header(), context),
                file.dateRule(), file.numberRule()), batch.tally, batch.outputs(), label, settings.chunkSize(),
                settings.progressEveryRows());
        return batch.rows;
    }
}
