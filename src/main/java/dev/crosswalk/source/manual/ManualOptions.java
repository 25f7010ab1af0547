package dev.crosswalk.source.manual;

import java.util.List;
import java.util.Map;

/**
 * How hand-kept lists name their columns — mapping key ({@link ManualLayout#keys()}) to the header names its column
 * may have, compared ignoring case, in order of preference — and the opt-in answers that mean yes.
 */
public record ManualOptions(Map<String, List<String>> columns, List<String> yesValues) {

    public ManualOptions {
        columns = Map.copyOf(columns);
        yesValues = List.copyOf(yesValues);
    }

    /** The header names a key's column may have; none when the key is not mapped. */
    public List<String> names(String key) {
        return columns.getOrDefault(key, List.of());
    }
}
