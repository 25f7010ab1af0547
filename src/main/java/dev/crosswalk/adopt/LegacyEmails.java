package dev.crosswalk.adopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Legacy email cells: additional_email may hold several addresses separated by commas, with stray spaces. */
final class LegacyEmails {

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    private LegacyEmails() {
    }

    static List<String> pieces(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String piece : SEPARATORS.split(cell.strip())) {
            if (!piece.isEmpty()) {
                out.add(piece);
            }
        }
        return out;
    }

    /** How the legacy system compares addresses: lower(trim(...)). */
    static String rawKey(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
