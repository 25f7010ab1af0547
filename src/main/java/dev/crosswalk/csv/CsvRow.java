package dev.crosswalk.csv;

/** One data record, its raw (untrimmed) fields and the physical line where it starts. */
public final class CsvRow {

    private final Header header;
    private final long line;
    private final String[] fields;

    CsvRow(Header header, long line, String[] fields) {
        this.header = header;
        this.line = line;
        this.fields = fields;
    }

    /**
     * Physical line number (1-based, the header is line 1) where this record starts; with newlines
     * inside quotes it differs from the record number.
     */
    public long line() {
        return line;
    }

    /** Number of fields in the record. */
    public int size() {
        return fields.length;
    }

    /** The raw field, not trimmed; null when the index is outside the record (a short row, or -1). */
    public String get(int index) {
        return index >= 0 && index < fields.length ? fields[index] : null;
    }

    /** The field of the first column of that name; null when the column is absent or the row is short. */
    public String get(String column) {
        return get(header.index(column));
    }

    /** Every field empty or whitespace: a blank line or a line of bare delimiters, to be skipped. */
    public boolean isBlank() {
        for (String field : fields) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The record is the header line again (pasted mid-file), compared as the header is normalised. */
    public boolean repeatsHeader() {
        int count = fields.length;
        if (count == header.size() + 1 && Header.normalise(fields[count - 1]).isEmpty()) {
            count--;
        }
        if (count != header.size()) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!Header.normalise(fields[i]).equals(header.names().get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Null when the fields fit the header, otherwise e.g. "row has 17 fields, the header has 14". A row with fewer
     * fields fits: several tools leave out the empty cells at the end of a row, so the missing ones are the last
     * columns, empty ({@link #get(int)} answers null for them). Extra fields fit when they are all blank (trailing
     * delimiters); a value beyond the header's last column does not.
     */
    public String shapeProblem() {
        int expected = header.size();
        for (int i = expected; i < fields.length; i++) {
            if (!fields[i].isBlank()) {
                return "row has " + fields.length + " fields, the header has " + expected;
            }
        }
        return null;
    }

    public Header header() {
        return header;
    }
}
