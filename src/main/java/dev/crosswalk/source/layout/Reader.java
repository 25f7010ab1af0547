package dev.crosswalk.source.layout;

import dev.crosswalk.source.Cells;
import dev.crosswalk.value.Amounts;
import dev.crosswalk.value.ExternalIds;
import java.math.BigDecimal;
import java.util.function.Function;

/** A value read from a bound row: one column's cell through a converter, or several columns combined. */
@FunctionalInterface
public interface Reader<T> {

    T read(LayoutRow row);

    /** The raw cell; null when the file has no such column or the row is short. */
    static Reader<String> cell(LayoutColumn column) {
        return new ColumnReader<>(column, Function.identity());
    }

    /** The cell through a converter (a {@code dev.crosswalk.value} parser). */
    static <T> Reader<T> of(LayoutColumn column, Function<String, T> converter) {
        return new ColumnReader<>(column, converter);
    }

    /** The trimmed text, null when blank. */
    static Reader<String> text(LayoutColumn column) {
        return of(column, Cells::text);
    }

    /** A status or type code, trimmed and lower-case. */
    static Reader<String> code(LayoutColumn column) {
        return of(column, Cells::code);
    }

    /** An external id, trimmed; one in scientific notation rejects the row. */
    static Reader<String> id(LayoutColumn column) {
        return of(column, ExternalIds::normalise);
    }

    /** A plain amount in either decimal style. */
    static Reader<BigDecimal> amount(LayoutColumn column) {
        return of(column, Amounts::parseAuto);
    }
}
