package dev.crosswalk.review;

import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.csv.CsvLimits;
import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.FileScan;
import dev.crosswalk.csv.RejectedFileException;
import dev.crosswalk.report.OutputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A decisions file: one of Crosswalk's conflicts (or duplicates) CSVs, whole or only some rows, with the decision
 * column filled. A file without our columns is not ours: it is refused whole, nothing is guessed.
 */
public final class DecisionFile {

    private DecisionFile() {
    }

    public static List<DecisionRow> read(Path file) throws IOException {
        FileScan scan = FileScan.of(file);
        try (CsvFile csv = CsvFile.open(file, scan, CsvLimits.defaults())) {
            if (csv.header().has("preview")) {
                throw new RejectedFileException("This is a preview's list of conflicts "
                        + "(outbox/reports/<batch>-preview-conflicts.csv): a preview changed nothing, so there is "
                        + "nothing to decide. Import the file itself, then decide in the conflicts file it writes "
                        + "(outbox/conflicts/<batch>-conflicts.csv).");
            }
            List<String> missing = new ArrayList<>();
            for (String column : OutputFiles.CONFLICT_COLUMNS) {
                if (!csv.header().has(column)) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                throw new RejectedFileException("This is not a Crosswalk conflicts file: it lacks the columns "
                        + missing + ". Expected " + String.join(", ", OutputFiles.CONFLICT_COLUMNS)
                        + " (outbox/conflicts/<batch>-conflicts.csv with the decision column filled). Found: "
                        + csv.header().describe() + ".");
            }
            List<DecisionRow> rows = new ArrayList<>();
            for (Iterator<CsvRow> it = csv.rows(); it.hasNext();) {
                CsvRow row = it.next();
                if (!row.isBlank() && !row.repeatsHeader()) {
                    rows.add(new DecisionRow(row.line(), row.get("conflict_id"), row.get("decision"),
                            row.get("batch"), row.get("reason"), row.get("field")));
                }
            }
            return rows;
        }
    }
}
