package dev.crosswalk.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The header line, normalised: each name trimmed, Unicode-normalised, its inner spaces made single and without a
 * byte-order mark ({@link #normalise}). Repeated names are
 * allowed (PayPal "Invoice Number", Mailchimp merge fields) and lookup by name returns the first one.
 * A trailing empty name (the line ends with a delimiter, as PayPal 2017 and Mailchimp do) is dropped.
 */
public final class Header {

    private static final int DESCRIBED_NAMES = 12;
    /** A UTF-8 byte-order mark decoded as windows-1252. */
    private static final String MISREAD_BOM = "\u00ef\u00bb\u00bf";
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
     * A name as it is matched: Unicode-normalised (NFKC, so a composed "é" and "e" with a combining accent, a
     * full-width letter and its ASCII one, a no-break space and a space are the same), without invisible format
     * characters (a byte-order mark that survived a concatenation or re-save, zero-width spaces, direction marks)
     * or a byte-order mark read as windows-1252 text ("ï»¿"), its runs of white space made one space, and trimmed
     * ("Gross " is "Gross", as a published PayPal statement writes it). Letter case is kept: the layouts say where
     * they match in any case.
     */
    static String normalise(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        if (text.startsWith(MISREAD_BOM)) {
            text = text.substring(MISREAD_BOM.length());
        }
        StringBuilder name = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = name.length() > 0;
            } else {
                if (space) {
                    name.append(' ');
                    space = false;
                }
                name.append(c);
            }
        }
        return name.toString();
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
