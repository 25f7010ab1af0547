package dev.crosswalk.pipeline;

import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.source.DateRule;
import dev.crosswalk.source.FileStyleScan;
import dev.crosswalk.source.NumberRule;
import dev.crosswalk.source.SourceDefinition;
import dev.crosswalk.source.SourceFormat;

/**
 * What {@link FileRecognition} made of a request's file, for the duplicate check and {@code begin}: its source and
 * layout, how it writes dates and numbers, the open file (closed by the route's doFinally) and the batch's report as
 * far as recognition knows it.
 */
record RecognisedFile(ImportRequest request, SourceDefinition source, SourceFormat format, DateRule dateRule,
        NumberRule numberRule, FileStyleScan.Styles styles, CsvFile csv, BatchReports reports)
        implements DuplicateCheck.Outcome, AutoCloseable {

    @Override
    public void close() {
        csv.close();
    }
}
