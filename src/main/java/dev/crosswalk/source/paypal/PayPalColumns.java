package dev.crosswalk.source.paypal;

import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.Header;

/** Where each {@link PayPalColumn} is in one file's header, resolved once per file in the file's language. */
final class PayPalColumns {

    private final int[] indexes = new int[PayPalColumn.values().length];

    PayPalColumns(Header header, PayPalLanguage language) {
        for (PayPalColumn column : PayPalColumn.values()) {
            indexes[column.ordinal()] = index(header, column, language);
        }
    }

    /** The first column of the header with one of the column's names in that language, in any letter case; or -1. */
    static int index(Header header, PayPalColumn column, PayPalLanguage language) {
        for (String name : column.names(language)) {
            int index = header.indexIgnoringCase(name);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    boolean has(PayPalColumn column) {
        return indexes[column.ordinal()] >= 0;
    }

    /** The row's raw cell of that column; null when the file has no such column or the row is short. */
    String get(CsvRow row, PayPalColumn column) {
        return row.get(indexes[column.ordinal()]);
    }
}
