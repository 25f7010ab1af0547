package dev.crosswalk.source.layout;

import dev.crosswalk.source.Cells;
import dev.crosswalk.value.Amounts;
import dev.crosswalk.value.ExternalIds;
import dev.crosswalk.value.InvalidValueException;
import java.util.function.Function;

/** A value read from a bound row: one column's cell through a converter, or several columns combined. */
@FunctionalInterface
public interface Reader<T> {

    T read(LayoutRow row);

    /** The raw cell; null when the file has no such column or the row is short. */
    static Reader<String> cell(LayoutColumn column) {
        return ColumnReader.of(column, Function.identity());
    }

    /**
     * The cell through a converter (a {@code dev.crosswalk.value} parser); a value of an optional column it cannot
     * read is null, with a warning on the row.
     */
    static <T> Reader<T> of(LayoutColumn column, Function<String, T> converter) {
        return ColumnReader.of(column, converter);
    }

    /** The trimmed text, null when blank. */
    static Reader<String> text(LayoutColumn column) {
        return of(column, Cells::text);
    }

    /** A status or type code, trimmed and lower-case. */
    static Reader<String> code(LayoutColumn column) {
        return of(column, Cells::code);
    }

    /**
     * The currency of an amount: the currency column's code, else the one the amount's own mark names ("€24,00" is
     * EUR); null when neither says. A mark naming another currency than the column rejects the row.
     */
    static Reader<String> currency(LayoutColumn currencyColumn, LayoutColumn amountColumn) {
        return row -> {
            String stated = Cells.text(row.cell(currencyColumn));
            String marked = Amounts.currency(row.cell(amountColumn));
            if (stated != null && marked != null && !stated.equalsIgnoreCase(marked)) {
                throw new InvalidValueException("the amount \"" + Cells.text(row.cell(amountColumn)) + "\" is in "
                        + marked + " but " + row.headerName(currencyColumn) + " says " + stated);
            }
            return stated != null ? stated : marked;
        };
    }

    /** An external id, trimmed; one in scientific notation rejects the row. */
    static Reader<String> id(LayoutColumn column) {
        return of(column, ExternalIds::normalise);
    }
}
