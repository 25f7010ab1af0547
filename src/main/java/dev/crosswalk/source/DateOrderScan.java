package dev.crosswalk.source;

import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.csv.CsvLimits;
import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.FileScan;
import dev.crosswalk.csv.RejectedFileException;
import dev.crosswalk.value.DateOrderEvidence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Decides a file's date order before any row is applied, from a pass over its date columns: rows are applied in
 * chunks as they stream, so a row read before the date that proves the order would otherwise be stored on a
 * guessed date. A file whose dates prove both orders is refused naming one line of each.
 */
public final class DateOrderScan {

    private DateOrderScan() {
    }

    /** The file's date order under the format's rule; null when the format has no numeric dates to order. */
    public static DateOrderEvidence.Decision decide(Path file, FileScan scan, CsvLimits limits, DateRule rule)
            throws IOException {
        if (rule == null) {
            return null;
        }
        DateOrderEvidence evidence = new DateOrderEvidence();
        try (CsvFile csv = CsvFile.open(file, scan, limits)) {
            for (Iterator<CsvRow> rows = csv.rows(); rows.hasNext() && !evidence.contradicts();) {
                CsvRow row = rows.next();
                for (int column : rule.columns()) {
                    evidence.observe(row.get(column), row.line());
                }
            }
        }
        if (evidence.contradicts()) {
            DateOrderEvidence.Proof day = evidence.dayFirst();
            DateOrderEvidence.Proof month = evidence.monthFirst();
            throw new RejectedFileException("The file's dates are written in two orders: line " + day.line()
                    + " has " + day.text() + ", which can only be day-first, and line " + month.line() + " has "
                    + month.text() + ", which can only be month-first, so any single order would store some dates"
                    + " wrong. Download the file again from one account in one language, or correct the dates so"
                    + " they share one order.");
        }
        return evidence.decide(rule.fallback(), rule.why());
    }
}
