package dev.crosswalk.source.layout;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A reader of one column's cell through a converter: the builder sees which column a step reads, so the column is
 * named by the field the step fills (for operator aliases and the report of which column fed which field). The
 * converter may depend on the row (an amount is read in the number style of the row's file); a value of an optional
 * column it cannot read is null, with a warning on the row.
 */
record ColumnReader<T>(LayoutColumn column, BiFunction<LayoutRow, String, T> converter) implements Reader<T> {

    static <T> ColumnReader<T> of(LayoutColumn column, Function<String, T> converter) {
        return new ColumnReader<>(column, (row, text) -> converter.apply(text));
    }

    @Override
    public T read(LayoutRow row) {
        return row.read(column, text -> converter.apply(row, text));
    }
}
