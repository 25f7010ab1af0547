package dev.crosswalk.value;

import java.util.Currency;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An amount's text taken apart into its sign and its bare number, once the currency mark is dropped. Accepts one
 * currency (symbol or ISO code, before or after) and at most one sign: a leading or trailing '-', a '+', or
 * parentheses around the number, inside or outside the currency mark ("($12.00)", "$(12.00)"). {@code currency}
 * is the mark as written (a symbol or an ISO code), null when there is none.
 */
record AmountText(boolean negative, String number, String currency) {

    /** White space, counting the no-break spaces European formats put between number and symbol. */
    private static final String SPACE = "[\\s\\u00a0\\u2007\\u202f]*";
    private static final String CURRENCY = "[$€£¥]|[A-Z]{3}";
    private static final Pattern SHAPE = Pattern.compile(String.join(SPACE,
            "(?<open>\\()?", "(?<lead>[-+])?", "(?<pre>" + CURRENCY + ")?", "(?<inner>[-+])?", "(?<innerOpen>\\()?",
            "(?<number>[\\d.,]+)",
            "(?<innerClose>\\))?", "(?<trail>-)?", "(?<post>" + CURRENCY + ")?", "(?<close>\\))?"));

    private static final Set<String> ISO_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    /** The parts of a stripped, non-blank text, or null when it is not shaped like an amount. */
    static AmountText of(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches() || !singleCurrency(m.group("pre"), m.group("post"))) {
            return null;
        }
        int opening = count(m, "open", "innerOpen");
        int signs = opening + count(m, "lead", "inner", "trail");
        if (opening != count(m, "innerClose", "close") || signs > 1) {
            return null;
        }
        boolean negative = signs == 1 && !"+".equals(m.group("lead")) && !"+".equals(m.group("inner"));
        String currency = m.group("pre") != null ? m.group("pre") : m.group("post");
        return new AmountText(negative, m.group("number"), currency);
    }

    private static boolean singleCurrency(String pre, String post) {
        if (pre != null && post != null) {
            return false;
        }
        String currency = pre != null ? pre : post;
        return currency == null || currency.length() == 1 || ISO_CODES.contains(currency);
    }

    private static int count(Matcher m, String... groups) {
        int present = 0;
        for (String group : groups) {
            if (m.group(group) != null) {
                present++;
            }
        }
        return present;
    }
}
