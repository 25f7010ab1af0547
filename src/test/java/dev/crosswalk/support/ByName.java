package dev.crosswalk.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Rows written by column name, so one set of values serves a header in any order (and with repeated names). */
public final class ByName {

    private ByName() {
    }

    /** The values in the header's order; a name the map lacks is blank, a repeated name gets the value each time. */
    public static List<String> row(List<String> header, Map<String, String> values) {
        List<String> row = new ArrayList<>(header.size());
        header.forEach(name -> row.add(values.getOrDefault(name, "")));
        return row;
    }

    /** The header with its columns in a fixed pseudo-random order: proves lookup by name, never position. */
    public static List<String> shuffled(List<String> header) {
        List<String> copy = new ArrayList<>(header);
        Collections.shuffle(copy, new Random(42));
        return copy;
    }

    /** A fixture with these rows, written by name. */
    public static CsvFixture csv(List<String> header, List<Map<String, String>> rows) {
        CsvFixture csv = new CsvFixture(header);
        rows.forEach(values -> csv.row(row(header, values)));
        return csv;
    }
}
