package dev.crosswalk.source;

import java.util.Locale;

/** Plain text cells of money exports: trimmed, blank as null, and codes (status, type) in one letter case. */
public final class Cells {

    private Cells() {
    }

    /** The trimmed text, or null when blank. */
    public static String text(String cell) {
        if (cell == null) {
            return null;
        }
        String value = cell.strip();
        return value.isEmpty() ? null : value;
    }

    /** A status or type code, trimmed and lower-case ("Active", "active " and "ACTIVE" are one). */
    public static String code(String cell) {
        String value = text(cell);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
