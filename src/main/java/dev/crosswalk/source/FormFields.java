package dev.crosswalk.source;

import dev.crosswalk.csv.Header;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Columns named {@code Label (key)}, as Kajabi writes form fields: found by their key, whatever the label. */
public final class FormFields {

    private static final Pattern KEYED = Pattern.compile("\\(([A-Za-z0-9_]+)\\)\\s*$");

    private FormFields() {
    }

    /** The name of the first column whose key is {@code key}, or null. */
    public static String column(Header header, String key) {
        for (String name : header.names()) {
            Matcher m = KEYED.matcher(name);
            if (m.find() && m.group(1).equals(key)) {
                return name;
            }
        }
        return null;
    }
}
