package dev.crosswalk.value;

import java.util.regex.Pattern;

/** Ids from the source systems, kept as strings: they are long, may have prefixes, and are never calculated with. */
public final class ExternalIds {

    /** 5.743045E+18, 5,74E+18: what a spreadsheet writes for a long id after rounding it to 15 digits or fewer. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?[eE][+-]?\\d+");
    private static final String ZOHO_PREFIX = "zcrm_";

    private ExternalIds() {
    }

    /** The trimmed id; one in scientific notation is refused, because its lost digits cannot be recovered. */
    public static String normalise(String text) {
        String id = Text.clean(text);
        if (id != null && SCIENTIFIC.matcher(id).matches()) {
            throw new InvalidValueException(InvalidValueException.quote(text)
                    + " is an id in scientific notation: a spreadsheet rounded it and its digits are lost"
                    + " (re-export the file from the source and import it without opening it in Excel)");
        }
        return id;
    }

    /** A Zoho Record Id or Contact Id as bare digits: "zcrm_3811008000002766271" and "3811008000002766271" are one. */
    public static String zoho(String text) {
        String id = normalise(text);
        if (id == null) {
            return null;
        }
        String digits = id.regionMatches(true, 0, ZOHO_PREFIX, 0, ZOHO_PREFIX.length())
                ? id.substring(ZOHO_PREFIX.length())
                : id;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw InvalidValueException.notA(text, "a Zoho record id",
                    "e.g. zcrm_3811008000002766271 or 3811008000002766271");
        }
        return digits;
    }
}
