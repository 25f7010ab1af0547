package dev.crosswalk.value;

import java.util.Set;

/** Trimming and blank detection shared by every parser in this package. */
final class Text {

    /** Spelled-out "no value" markers that exports and hand-kept lists put in empty cells. */
    private static final Set<String> PLACEHOLDERS = Set.of("N/A", "n/a", "null", "NULL", "-");

    private Text() {
    }

    /** The text without surrounding white space, counting no-break spaces, which {@link String#strip()} keeps. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The stripped text, or null when it is absent, blank or a placeholder. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = strip(text);
        return stripped.isEmpty() || PLACEHOLDERS.contains(stripped) ? null : stripped;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
