package dev.crosswalk.csv;

/**
 * Limits that keep memory bounded whatever a file contains: a file that exceeds one is refused
 * instead of being buffered.
 *
 * @param maxColumns    most fields in one record (the header included)
 * @param maxFieldChars most characters in one value, newlines inside quotes included
 * @param maxLineChars  most characters in one physical line
 */
public record CsvLimits(int maxColumns, int maxFieldChars, int maxLineChars) {

    public CsvLimits {
        if (maxColumns < 1 || maxFieldChars < 1 || maxLineChars < 1) {
            throw new IllegalArgumentException("CSV limits must be positive: " + maxColumns + ", " + maxFieldChars
                    + ", " + maxLineChars);
        }
    }

    /** Far above any real export (PayPal's widest has 41 columns) and small enough to stay in memory. */
    public static CsvLimits defaults() {
        return new CsvLimits(2_000, 1_000_000, 1_000_000);
    }
}
