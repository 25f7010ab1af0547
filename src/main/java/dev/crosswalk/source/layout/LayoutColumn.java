package dev.crosswalk.source.layout;

import dev.crosswalk.csv.Header;
import java.util.List;

/**
 * A column a layout reads: its names (aliases in the layout's language, the usual one first) and how they are found.
 * {@code slot} is its place among the layout's columns, where a bound row keeps its index. A value of an
 * {@code optional} column that cannot be read is left out with a warning on its row, and the rest of the row is
 * applied; a value of any other column that cannot be read rejects the row.
 */
public record LayoutColumn(int slot, List<String> names, Locator locator, boolean optional) {

    public LayoutColumn {
        names = List.copyOf(names);
    }

    /** The usual name, as messages name the column. */
    public String name() {
        return names.isEmpty() ? "" : names.get(0);
    }

    int locate(Header header) {
        return locator.locate(header, names);
    }
}
