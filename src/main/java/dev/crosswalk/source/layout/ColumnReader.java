package dev.crosswalk.source.layout;

import java.util.function.Function;

/**
 * A reader of one column's cell through a converter: the builder sees which column a step reads, so the column is
 * named by the field the step fills (for operator aliases and the report of which column fed which field).
 */
record ColumnReader<T>(LayoutColumn column, Function<String, T> converter) implements Reader<T> {

    @Override
    public T read(LayoutRow row) {
        return converter.apply(row.cell(column));
    }
}
