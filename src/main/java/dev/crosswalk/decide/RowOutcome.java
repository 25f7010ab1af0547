package dev.crosswalk.decide;

import java.util.Locale;

/** What became of one data row; every row has exactly one, so the report's counts add up to the rows read. */
public enum RowOutcome {
    NEW, UPDATED, UNCHANGED, CONFLICT, REJECTED, SKIPPED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
