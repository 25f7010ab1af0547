package dev.crosswalk.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An operator's own column names for Crosswalk's fields, per source (inbox name) and field, in order of preference:
 * {@code crosswalk.source.zoho.column.city=Stadt|Ort} is {@code zoho → city → [Stadt, Ort]}. A layout tries them
 * before the names it declares.
 */
public record ColumnAliases(Map<String, Map<String, List<String>>> bySource) {

    /** The settings' key prefix of one source's aliases. */
    public static final String PREFIX = "crosswalk.source.";

    public static final ColumnAliases NONE = new ColumnAliases(Map.of());

    public ColumnAliases {
        Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
        bySource.forEach((source, fields) -> {
            Map<String, List<String>> named = new LinkedHashMap<>();
            fields.forEach((field, names) -> named.put(field, List.copyOf(names)));
            copy.put(source, Collections.unmodifiableMap(named));
        });
        bySource = Collections.unmodifiableMap(copy);
    }

    /** One source's aliases by field; empty when it has none. */
    public Map<String, List<String>> of(String source) {
        return bySource.getOrDefault(source, Map.of());
    }

    /** The key prefix of a source's aliases, followed by the field: {@code crosswalk.source.zoho.column.}. */
    public static String setting(String source) {
        return PREFIX + source + ".column.";
    }
}
