package dev.crosswalk.source;

import dev.crosswalk.value.NumberStyle;
import java.util.List;

/**
 * Where a file's amounts are (column indexes), and the style they are read in when no amount in the file proves
 * one, with the reason that style applies (the layout's language).
 */
public record NumberRule(List<Integer> columns, NumberStyle fallback, String why) {

    public NumberRule {
        columns = List.copyOf(columns);
    }
}
