package dev.crosswalk.source.layout;

import dev.crosswalk.csv.Header;
import java.util.List;
import java.util.function.ToIntBiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a declared column is found in a header from its names (aliases, in order of preference). Run once per file
 * when a layout is bound, never per row.
 */
@FunctionalInterface
public interface Locator {

    /** The column's index in the header, or -1 when the header has none of its names. */
    int locate(Header header, List<String> names);

    /** The first of the names the header has, spelled exactly. */
    Locator EXACT = firstOf(Header::index);

    /** The first of the names the header has in any letter case ("Time zone" for "Time Zone"), exact spelling first. */
    Locator ANY_CASE = firstOf(Header::indexIgnoringCase);

    /** The leftmost header column equal, ignoring case, to the first of the names that has one. */
    Locator LEFTMOST_ANY_CASE = (header, names) -> {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.names().get(i).equalsIgnoreCase(name)) {
                    return i;
                }
            }
        }
        return -1;
    };

    /**
     * A form field named {@code Label (key)}, as Kajabi writes them: found by its key whatever its label; the names
     * are keys.
     */
    Locator FORM_KEY = new Locator() {
        private final Pattern keyed = Pattern.compile("\\(([A-Za-z0-9_]+)\\)\\s*$");

        @Override
        public int locate(Header header, List<String> keys) {
            for (String key : keys) {
                for (int i = 0; i < header.size(); i++) {
                    Matcher m = keyed.matcher(header.names().get(i));
                    if (m.find() && m.group(1).equals(key)) {
                        return i;
                    }
                }
            }
            return -1;
        }
    };

    /** The first of the names for which {@code index} finds a column. */
    private static Locator firstOf(ToIntBiFunction<Header, String> index) {
        return (header, names) -> {
            for (String name : names) {
                int found = index.applyAsInt(header, name);
                if (found >= 0) {
                    return found;
                }
            }
            return -1;
        };
    }
}
