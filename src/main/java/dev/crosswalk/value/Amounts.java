package dev.crosswalk.value;

import java.math.BigDecimal;

/**
 * Money amounts as exact decimals, keeping the scale as written ("1,089.00" is 1089.00, "84" is 84).
 * A currency mark and a sign may surround the number; the thousands groups must be groups of three, so a
 * value typed in the other convention is refused rather than read a thousand times too big or too small.
 */
public final class Amounts {

    private static final String ENGLISH_EXAMPLES = "e.g. 1089.00, \"$1,089.00\" or -68.94";
    private static final String EUROPEAN_EXAMPLES = "e.g. 1089,00, \"3.100,55\" or \"€49,00\"";

    private Amounts() {
    }

    /** English style: ',' groups thousands, '.' marks decimals; "$1,089.00", "-68.94", "(12.00)", "12.00 USD". */
    public static BigDecimal parse(String text) {
        String cleaned = Text.clean(text);
        return cleaned == null ? null : read(text, AmountText.of(cleaned), NumberStyle.ENGLISH, ENGLISH_EXAMPLES);
    }

    /** European style: '.' groups thousands, ',' marks decimals; "3.100,55", "0,00", "€49,00". */
    public static BigDecimal parseEuropean(String text) {
        String cleaned = Text.clean(text);
        return cleaned == null ? null : read(text, AmountText.of(cleaned), NumberStyle.EUROPEAN, EUROPEAN_EXAMPLES);
    }

    /** In the style the file's amounts were found to be written in ({@link NumberStyleEvidence}). */
    public static BigDecimal parse(String text, NumberStyle style) {
        String cleaned = Text.clean(text);
        return cleaned == null ? null : read(text, AmountText.of(cleaned), style,
                style == NumberStyle.ENGLISH ? ENGLISH_EXAMPLES : EUROPEAN_EXAMPLES);
    }

    /**
     * Takes the style the value itself shows, and English where it shows none: the last of ',' and '.' is the
     * decimal mark, a lone ',' followed by one or two digits is decimal ("49,00"), several '.' are thousands
     * ("1.234.567"); "1,089" and "1.089" stay English (one thousand eighty-nine, and one point zero eight nine).
     */
    public static BigDecimal parseAuto(String text) {
        String cleaned = Text.clean(text);
        if (cleaned == null) {
            return null;
        }
        AmountText amount = AmountText.of(cleaned);
        NumberStyle style = amount == null ? NumberStyle.ENGLISH : NumberStyle.shownBy(amount.number());
        return read(text, amount, style, ENGLISH_EXAMPLES + ", \"€49,00\" or \"1.234,56\"");
    }

    /**
     * The ISO code of the currency an amount is written in, when its mark says it unambiguously ("€24,00" is EUR,
     * "£1,089.00" GBP, "CHF 24.00" CHF); null when it has no mark or one several currencies share ("$" is the
     * dollar of a dozen countries, "¥" the yen and the yuan), and for a text that is not an amount.
     */
    public static String currency(String text) {
        String cleaned = Text.clean(text);
        AmountText amount = cleaned == null ? null : AmountText.of(cleaned);
        if (amount == null || amount.currency() == null) {
            return null;
        }
        return switch (amount.currency()) {
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "$", "¥" -> null;
            default -> amount.currency();
        };
    }

    private static BigDecimal read(String text, AmountText amount, NumberStyle style, String examples) {
        BigDecimal value = amount == null ? null : style.read(amount.number());
        if (value == null) {
            throw InvalidValueException.notA(text, "an amount", examples);
        }
        return amount.negative() ? value.negate() : value;
    }
}
