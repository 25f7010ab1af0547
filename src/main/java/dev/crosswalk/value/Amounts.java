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
        return parse(text, NumberStyle.ENGLISH);
    }

    /** European style: '.' groups thousands, ',' marks decimals; "3.100,55", "0,00", "€49,00". */
    public static BigDecimal parseEuropean(String text) {
        return parse(text, NumberStyle.EUROPEAN);
    }

    /**
     * In the style the file's amounts were found to be written in ({@link NumberStyleEvidence}): a file's style is
     * decided from all its values, never guessed from one ("1,234" is 1234 or 1.234 depending on its file).
     */
    public static BigDecimal parse(String text, NumberStyle style) {
        String cleaned = Text.clean(text);
        return cleaned == null ? null : read(text, AmountText.of(cleaned), style,
                style == NumberStyle.ENGLISH ? ENGLISH_EXAMPLES : EUROPEAN_EXAMPLES);
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
