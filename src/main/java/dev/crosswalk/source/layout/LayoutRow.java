package dev.crosswalk.source.layout;

import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.value.DateOrder;
import dev.crosswalk.value.InvalidValueException;
import dev.crosswalk.value.NumberStyle;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One row as a bound layout sees it: cells by declared column, through indexes resolved once per file. */
public final class LayoutRow {

    private final BoundLayout bound;
    private final CsvRow row;
    private List<String> warnings = List.of();

    LayoutRow(BoundLayout bound, CsvRow row) {
        this.bound = bound;
        this.row = row;
    }

    /** The raw cell of the column; null when the file has no such column or the row is short. */
    public String cell(LayoutColumn column) {
        return row.get(bound.indexes()[column.slot()]);
    }

    /**
     * The cell through a converter. A value the converter cannot read rejects the row, unless the column is
     * optional: then it is null and the row carries a warning naming the column and the value.
     */
    public <T> T read(LayoutColumn column, Function<String, T> converter) {
        try {
            return converter.apply(cell(column));
        } catch (InvalidValueException e) {
            if (!column.optional()) {
                throw e;
            }
            warn(headerName(column) + ": " + e.getMessage() + "; left out, the rest of the row applied");
            return null;
        }
    }

    /** A warning on this row: the row is applied, and the warning listed with its line. */
    public void warn(String warning) {
        if (warnings.isEmpty()) {
            warnings = new ArrayList<>();
        }
        warnings.add(warning);
    }

    List<String> warnings() {
        return warnings;
    }

    /** Whether the file has the column. */
    public boolean has(LayoutColumn column) {
        return bound.indexes()[column.slot()] >= 0;
    }

    /** The column's index in this file's header, -1 when absent. */
    public int position(LayoutColumn column) {
        return bound.indexes()[column.slot()];
    }

    /** The column's name as this file's header writes it (null when the file has no such column). */
    public String headerName(LayoutColumn column) {
        int index = bound.indexes()[column.slot()];
        return index < 0 ? null : row.header().names().get(index);
    }

    /** The source's system: the source of the identities and consent a row states. */
    public String system() {
        return bound.system();
    }

    /** The zone of times written without one. */
    public ZoneId zone() {
        return bound.zone();
    }

    /** The file's date order, decided before any row was read (else the layout's default). */
    public DateOrder dateOrder() {
        return bound.dateOrder();
    }

    /** How the file writes its amounts, decided before any row was read (else the layout's default). */
    public NumberStyle numberStyle() {
        return bound.numberStyle();
    }

    /** When the file was exported: the observation time of consent a row states without a timestamp. */
    public Instant fileObservedAt() {
        return bound.fileObservedAt();
    }
}
