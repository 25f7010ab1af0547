package dev.crosswalk.source;

import dev.crosswalk.value.DateOrder;
import java.util.List;

/**
 * Where a file's numeric dates are (column indexes), and the order they are read in when no date in the file
 * proves one, with the reason that order applies (the layout's language, or a setting).
 */
public record DateRule(List<Integer> columns, DateOrder fallback, String why) {

    public DateRule {
        columns = List.copyOf(columns);
    }
}
