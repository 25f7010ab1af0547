package dev.crosswalk.pipeline;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.csv.FileScan;
import dev.crosswalk.csv.RejectedFileException;
import dev.crosswalk.source.FileStyleScan;
import dev.crosswalk.source.FileRecogniser;
import dev.crosswalk.source.Sources;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Recognises the file: its source, its export layout (from the header), its encoding and delimiter and, for a
 * layout with day/month dates or amounts, how it writes them (from a scan of the file). An unknown source or a header that no
 * layout of the source has refuses the file ({@link RejectedFileException}).
 */
public final class FileRecognition {

    private final CrosswalkSettings settings;
    private final Sources sources;
    private final FileRecogniser recogniser;

    public FileRecognition(CrosswalkSettings settings, Sources sources) {
        this.settings = settings;
        this.sources = sources;
        this.recogniser = new FileRecogniser(sources);
    }

    public void recognise(ImportBatch batch) throws IOException {
        ImportRequest request = batch.request;
        batch.source = sources.find(request.source()).orElseThrow(() -> new RejectedFileException(
                "Unknown source '" + request.source() + "'. Expected one of " + sources.names() + "."));
        Instant started = Instant.now();
        Path file = request.file();
        FileScan scan = FileScan.of(file);
        batch.csv = CsvFile.open(file, scan, settings.csvLimits());
        batch.format = recogniser.recognise(batch.source, batch.csv.header());
        batch.dateRule = batch.format.dateRule(batch.csv.header());
        batch.numberRule = batch.format.numberRule(batch.csv.header());
        batch.styles = FileStyleScan.decide(file, scan, settings.csvLimits(), batch.dateRule, batch.numberRule);
        batch.reports = new BatchReports(request, batch.source, batch.format, scan, started,
                Recognition.of(batch.format, batch.csv, scan, batch.styles));
    }
}
