package dev.crosswalk.source.paypal;

import dev.crosswalk.value.DateOrder;
import dev.crosswalk.value.NumberStyle;
import java.util.Set;

/**
 * The languages PayPal writes its downloads in, as declared data: how each writes amounts (German, French, Spanish,
 * Italian and Dutch downloads write "1.234,56"), the date order it writes when no date in the file proves one
 * (null: the account's setting decides, as English downloads are written day-first outside the US), and its word
 * for a {@code Balance Impact} that moves no money.
 */
enum PayPalLanguage {
    ENGLISH("en", "English", false, null, Set.of("memo")),
    GERMAN("de", "German", true, DateOrder.DAY_FIRST, Set.of("memo")),
    FRENCH("fr", "French", true, DateOrder.DAY_FIRST, Set.of("memo", "mémo")),
    SPANISH("es", "Spanish", true, DateOrder.DAY_FIRST, Set.of("memo", "nota")),
    ITALIAN("it", "Italian", true, DateOrder.DAY_FIRST, Set.of("memo")),
    DUTCH("nl", "Dutch", true, DateOrder.DAY_FIRST, Set.of("memo")),
    JAPANESE("ja", "Japanese", false, DateOrder.MONTH_FIRST, Set.of("memo", "メモ"));

    private final String code;
    private final String label;
    private final boolean decimalComma;
    private final DateOrder dateOrder;
    private final Set<String> memoWords;

    PayPalLanguage(String code, String label, boolean decimalComma, DateOrder dateOrder, Set<String> memoWords) {
        this.code = code;
        this.label = label;
        this.decimalComma = decimalComma;
        this.dateOrder = dateOrder;
        this.memoWords = memoWords;
    }

    /** "de", as layout versions name the language. */
    String code() {
        return code;
    }

    /** "German", as reports and refusals name the language. */
    String label() {
        return label;
    }

    /**
     * How the language's downloads write amounts when the file proves nothing ("1.234,56" in German, French and
     * Spanish): the account's region decides it, so a file's own values prove it first.
     */
    NumberStyle numberStyle() {
        return decimalComma ? NumberStyle.EUROPEAN : NumberStyle.ENGLISH;
    }

    /** The order of numeric dates when the file proves none; null when the account's setting decides. */
    DateOrder dateOrder() {
        return dateOrder;
    }

    /** A lower-case Balance Impact cell that says no money moved (an authorisation). */
    boolean isMemo(String balanceImpact) {
        return memoWords.contains(balanceImpact);
    }
}
