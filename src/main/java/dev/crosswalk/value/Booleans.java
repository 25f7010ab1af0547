package dev.crosswalk.value;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** Yes/no cells: Zoho's "true"/"false", Ticket Tailor's "0"/"1", checkbox exports and hand-kept lists. */
public final class Booleans {

    private static final Set<String> TRUE = Set.of("yes", "true", "1", "y", "on", "checked", "x");
    private static final Set<String> FALSE = Set.of("no", "false", "0", "n", "off");

    private Booleans() {
    }

    /** Yes/No, true/false, 1/0, Y/N, on/off, and "checked" or "x" for true, in any letter case. */
    public static Boolean parse(String text) {
        String value = Text.clean(text);
        if (value == null) {
            return null;
        }
        String key = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(key)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(key)) {
            return Boolean.FALSE;
        }
        throw InvalidValueException.notA(text, "a yes/no value", "Yes, No, true, false, 1 or 0");
    }

    /**
     * Whether an answer to an organiser-written question is one of its configured yes-values (compared trimmed
     * and ignoring case). Any other answer is a no: such questions have free wording, so there is no list of
     * no-values to check against.
     */
    public static Boolean isYes(String text, Collection<String> yesValues) {
        String value = Text.clean(text);
        if (value == null) {
            return null;
        }
        for (String yes : yesValues) {
            if (yes != null && value.equalsIgnoreCase(Text.strip(yes))) {
                return Boolean.TRUE;
            }
        }
        return Boolean.FALSE;
    }
}
