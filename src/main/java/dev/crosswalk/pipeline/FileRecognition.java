package dev.crosswalk.pipeline;

import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.csv.CsvLimits;
import dev.crosswalk.csv.FileScan;
import dev.crosswalk.csv.RejectedFileException;
import dev.crosswalk.source.DateRule;
import dev.crosswalk.source.FileRecogniser;
import dev.crosswalk.source.FileStyleScan;
import dev.crosswalk.source.NumberRule;
import dev.crosswalk.source.SourceDefinition;
import dev.crosswalk.source.SourceFormat;
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

    private final CsvLimits limits;
    private final Sources sources;
    private final FileRecogniser recogniser;

    public FileRecognition(CsvLimits limits, Sources sources) {
        this.limits = limits;
        this.sources = sources;
        this.recogniser = new FileRecogniser(sources);
    }

    public RecognisedFile recognise(ImportRequest request) throws IOException {
        SourceDefinition source = sources.find(request.source()).orElseThrow(() -> new RejectedFileException(
                "Unknown source '" + request.source() + "'. Expected one of " + sources.names() + "."));
        Instant started = Instant.now();
        Path file = request.file();
        FileScan scan = FileScan.of(file);
        CsvFile csv = CsvFile.open(file, scan, limits);
        try {
            SourceFormat format = recogniser.recognise(source, csv.header());
            DateRule dateRule = format.dateRule(csv.header());
            NumberRule numberRule = format.numberRule(csv.header());
            FileStyleScan.Styles styles = FileStyleScan.decide(file, scan, limits, dateRule, numberRule);
            return new RecognisedFile(request, source, format, dateRule, numberRule, styles, csv,
                    new BatchReports(request, source, format, scan, started, Recognition.of(format, csv, scan,
                            styles)));
        } catch (IOException | RuntimeException e) {
            csv.close();
            throw e;
        }
    }
}
