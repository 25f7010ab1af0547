package dev.crosswalk.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The header line, normalised: each name trimmed and without a byte-order mark. Repeated names are
 * allowed (PayPal "Invoice Number", Mailchimp merge fields) and lookup by name returns the first one.
 * A trailing empty name (the line ends with a delimiter, as PayPal 2017 and Mailchimp do) is dropped.
 */
public final class Header {

    private static final int DESCRIBED_NAMES = 12;
    private static final int DESCRIBED_NAME_CHARS = 40;

    private final List<String> names;
    private final Map<String, Integer> firstIndex = new HashMap<>();
    private final Set<String> duplicates = new LinkedHashSet<>();

    private Header(List<String> names) {
        this.names = Collections.unmodifiableList(names);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (firstIndex.putIfAbsent(name, i) != null && !name.isEmpty()) {
                duplicates.add(name);
            }
        }
    }

    /** Builds a header from the raw fields of a header line. */
    public static Header of(List<String> rawNames) {
        List<String> names = new ArrayList<>(rawNames.size());
        for (String raw : rawNames) {
            names.add(normalise(raw));
        }
        if (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        return new Header(names);
    }

    /**
     * Trims a name. A BOM may survive inside a name when a file was concatenated or re-saved, and
     * Excel's windows-1252 re-saves pad with no-break spaces, so both count as padding here.
     */
    static String normalise(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isPadding(raw.charAt(start))) {
            start++;
        }
        while (end > start && isPadding(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static boolean isPadding(char c) {
        return c == '\uFEFF' || c == '\u00A0' || Character.isWhitespace(c);
    }

    /** Normalised names in column order. */
    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** Whether a column has exactly this (normalised) name. */
    public boolean has(String name) {
        return firstIndex.containsKey(name);
    }

    /** Index of the first column with this name, -1 if absent. */
    public int index(String name) {
        return firstIndex.getOrDefault(name, -1);
    }

    /**
     * Index of the first column with this name in any letter case ("Time zone" for "Time Zone"), the exact
     * spelling first; -1 if absent. For resolving columns once per file, not per row.
     */
    public int indexIgnoringCase(String name) {
        int exact = index(name);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Non-empty names that appear more than once, in order of first appearance. */
    public Set<String> duplicates() {
        return Collections.unmodifiableSet(duplicates);
    }

    /** Short text for error messages: the first names and the column count. */
    public String describe() {
        String shown = names.stream()
                .limit(DESCRIBED_NAMES)
                .map(Header::shorten)
                .collect(Collectors.joining(", "));
        String more = names.size() > DESCRIBED_NAMES ? " …" : "";
        String count = names.size() == 1 ? "1 column" : names.size() + " columns";
        return shown + more + " (" + count + ")";
    }

    private static String shorten(String name) {
        if (name.isEmpty()) {
            return "(no name)";
        }
        return name.length() <= DESCRIBED_NAME_CHARS ? name : name.substring(0, DESCRIBED_NAME_CHARS) + "…";
    }

    @Override
    public String toString() {
        return describe();
    }
}
