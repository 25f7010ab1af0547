package dev.crosswalk.support;

import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.csv.CsvLimits;
import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.FileScan;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.source.ConsentRole;
import dev.crosswalk.source.FileStyleScan;
import dev.crosswalk.source.MappingContext;
import dev.crosswalk.source.RowMapper;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.SourceDefinition;
import dev.crosswalk.source.SourceFormat;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** One format on its own, without Camel or a database: the rows of a written fixture through its row mapper. */
public final class FormatRun {

    private FormatRun() {
    }

    /** Maps every row of {@code file} as source {@code system} would, times without a zone read as UTC. */
    public static List<RowResult> map(SourceFormat format, String system, Path file) throws Exception {
        SourceDefinition source = new SourceDefinition(system, system, LockLevel.UNLOCKED, null,
                ConsentRole.AUTHORITATIVE, List.of(format));
        List<RowResult> results = new ArrayList<>();
        FileScan scan = FileScan.of(file);
        try (CsvFile csv = CsvFile.open(file, scan, CsvLimits.defaults())) {
            FileStyleScan.Styles styles = FileStyleScan.decide(file, scan, CsvLimits.defaults(),
                    format.dateRule(csv.header()), format.numberRule(csv.header()));
            RowMapper mapper = format.bind(csv.header(), new MappingContext(source, Instant.EPOCH, ZoneOffset.UTC,
                    styles));
            for (Iterator<CsvRow> it = csv.rows(); it.hasNext();) {
                results.add(mapper.map(it.next()));
            }
        }
        return results;
    }
}
