package dev.crosswalk.value;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The two ways exports write the digits of an amount: which character groups thousands and which marks decimals.
 * A file writes all its amounts one way; {@link NumberStyleEvidence} finds which from the file's values.
 */
public enum NumberStyle {

    ENGLISH(',', '.', "decimal point"),
    EUROPEAN('.', ',', "decimal comma");

    private final char grouping;
    private final char decimal;
    private final String label;
    private final Pattern shape;

    NumberStyle(char grouping, char decimal, String label) {
        this.grouping = grouping;
        this.decimal = decimal;
        this.label = label;
        String g = Pattern.quote(String.valueOf(grouping));
        String d = Pattern.quote(String.valueOf(decimal));
        this.shape = Pattern.compile("(?:\\d{1,3}(?:" + g + "\\d{3})+|\\d+)(?:" + d + "\\d+)?|" + d + "\\d+");
    }

    /** "decimal point" or "decimal comma", as reports say it. */
    public String label() {
        return label;
    }

    /** Whether an unsigned number is written in this style (digits alone are written in both). */
    boolean writes(String number) {
        return shape.matcher(number).matches();
    }

    /** The exact value of an unsigned number written in this style, or null when it is not written in it. */
    BigDecimal read(String number) {
        if (!writes(number)) {
            return null;
        }
        return new BigDecimal(number.replace(String.valueOf(grouping), "").replace(decimal, '.'));
    }
}
