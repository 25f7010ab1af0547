package dev.crosswalk.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Email addresses: the matching key (lower case) and the display spelling (case kept), both cleaned of the
 * wrapping that exports and copy-paste leave: surrounding spaces, {@code <…>}, {@code mailto:}, and trailing
 * punctuation (Ticket Tailor buyers type "ann@example.com."). Only plausible addresses pass.
 */
public final class Emails {

    private static final int MAX_LENGTH = 254;
    private static final String TRAILING_PUNCTUATION = ".,;:";
    private static final String MAILTO = "mailto:";
    /** Characters that never occur in an address someone can actually receive mail at without quoting. */
    private static final String FORBIDDEN = "\",;<>()[]\\";
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s\\u00a0]+");
    private static final String EXAMPLE = "e.g. ann.lee@example.com";

    private Emails() {
    }

    /** The matching key: the cleaned address in lower case. */
    public static String normalise(String text) {
        String address = display(text);
        return address == null ? null : address.toLowerCase(Locale.ROOT);
    }

    /** The cleaned address, case kept, for showing and storing as the person wrote it. */
    public static String display(String text) {
        String value = Text.clean(text);
        if (value == null) {
            return null;
        }
        String address = unwrap(value);
        if (!plausible(address)) {
            throw InvalidValueException.notA(text, "an email address", EXAMPLE);
        }
        return address;
    }

    /**
     * The display spellings of a cell holding one or more addresses separated by ',', ';' or white space, in
     * order; a repeat of an address (in any letter case) is dropped. One implausible address fails the cell.
     */
    public static List<String> split(String text) {
        String value = Text.clean(text);
        if (value == null) {
            return List.of();
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String piece : SEPARATORS.split(value)) {
            String address = display(piece);
            if (address != null) {
                byKey.putIfAbsent(address.toLowerCase(Locale.ROOT), address);
            }
        }
        return List.copyOf(byKey.values());
    }

    private static String unwrap(String value) {
        String address = stripTrailingPunctuation(value);
        if (address.length() >= 2 && address.startsWith("<") && address.endsWith(">")) {
            address = Text.strip(address.substring(1, address.length() - 1));
        }
        if (address.regionMatches(true, 0, MAILTO, 0, MAILTO.length())) {
            address = Text.strip(address.substring(MAILTO.length()));
        }
        return stripTrailingPunctuation(address);
    }

    private static String stripTrailingPunctuation(String value) {
        int end = value.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return Text.strip(value.substring(0, end));
    }

    /** One '@' between a non-empty local part and a dotted domain; no spaces, no empty dot-separated parts. */
    private static boolean plausible(String address) {
        int at = address.indexOf('@');
        if (address.length() > MAX_LENGTH || at <= 0 || at != address.lastIndexOf('@') || address.contains("..")) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || FORBIDDEN.indexOf(c) >= 0) {
                return false;
            }
        }
        String local = address.substring(0, at);
        return !local.startsWith(".") && !local.endsWith(".") && plausibleDomain(address.substring(at + 1));
    }

    private static boolean plausibleDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || !label.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
