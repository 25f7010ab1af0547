package dev.crosswalk.pipeline;

import dev.crosswalk.csv.RejectedFileException;
import dev.crosswalk.source.SourceFormat;

/**
 * Refuses a file whose rows are mostly rejected for one and the same reason: when more than {@code share} of its
 * data rows, and at least {@code minimumRows}, fail alike, its columns were most likely read wrongly (a different
 * or changed export layout), and importing the few rows that pass would hide that. A share of 1 turns it off.
 */
public record WrongMappingGuard(double share, int minimumRows) {

    public WrongMappingGuard {
        if (share <= 0 || share > 1 || minimumRows < 1) {
            throw new IllegalArgumentException("the share of rejected rows that refuses a file must be above 0 and "
                    + "at most 1, and the minimum number of rows at least 1; got " + share + " and " + minimumRows);
        }
    }

    /** Throws when the batch's commonest rejection reason crosses the limit; called after the file's last row. */
    void check(BatchTally tally, long dataRows, SourceFormat format) {
        tally.commonestRejection()
                .filter(r -> r.count() >= minimumRows && r.count() > share * dataRows)
                .ifPresent(r -> {
                    throw new RejectedFileException(r.count() + " of the file's " + dataRows + " data rows are "
                            + "rejected for the same reason, e.g. line " + r.firstLine() + ": " + r.firstReason()
                            + ". When most rows fail alike, the columns were most likely read wrongly (another "
                            + "export layout, or a changed one) rather than typed wrongly, so nothing was imported. "
                            + "The file was read as " + format.name() + ", which expects " + format.expectation()
                            + ".");
                });
    }
}
