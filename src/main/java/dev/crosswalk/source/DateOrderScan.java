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
 * Decides a file's date order before any row is applied: rows are applied in chunks as they stream, so a row read
 * before the date that proves the order would otherwise be stored on a guessed date. A pass over the file stops at
 * the first date that proves an order (or reads it all when none does); the import then {@linkplain #guard checks
 * every row} against it, and a date proving the other order refuses the whole file, naming one line of each —
 * the batch is one transaction, so nothing read before it is kept.
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
            for (Iterator<CsvRow> rows = csv.rows(); rows.hasNext() && !evidence.proves();) {
                observe(evidence, rows.next(), rule);
            }
        }
        return evidence.decide(rule.fallback(), rule.why());
    }

    /**
     * The mapper with every row's dates checked first: a date that proves the order opposite to the one decided
     * refuses the file. Without a rule, the mapper itself.
     */
    public static RowMapper guard(RowMapper mapper, DateRule rule) {
        if (rule == null) {
            return mapper;
        }
        DateOrderEvidence evidence = new DateOrderEvidence();
        return row -> {
            observe(evidence, row, rule);
            if (evidence.contradicts()) {
                throw contradiction(evidence);
            }
            return mapper.map(row);
        };
    }

    private static void observe(DateOrderEvidence evidence, CsvRow row, DateRule rule) {
        for (int column : rule.columns()) {
            evidence.observe(row.get(column), row.line());
        }
    }

    private static RejectedFileException contradiction(DateOrderEvidence evidence) {
        DateOrderEvidence.Proof day = evidence.dayFirst();
        DateOrderEvidence.Proof month = evidence.monthFirst();
        return new RejectedFileException("The file's dates are written in two orders: line " + day.line()
                + " has " + day.text() + ", which can only be day-first, and line " + month.line() + " has "
                + month.text() + ", which can only be month-first, so any single order would store some dates"
                + " wrong. Download the file again from one account in one language, or correct the dates so"
                + " they share one order.");
    }
}
