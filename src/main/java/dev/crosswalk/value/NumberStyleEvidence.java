package dev.crosswalk.value;

/**
 * Collects, over every amount of a file, the values that prove how it writes numbers: a value that reads in one
 * style only proves that style ("26,00", "-1,57" and "1.234,56" can only be decimal comma; "26.00" and "1,234.00"
 * only decimal point). A value that reads in both ("1,234", "1.234", "26") proves nothing, and neither does a cell
 * that is not an amount at all (the row is rejected for it when it is read).
 */
public final class NumberStyleEvidence {

    private Proof decimalComma;
    private Proof decimalPoint;

    /** One amount as the file writes it, and the line it is on. */
    public record Proof(long line, String text) {
    }

    /** The style the evidence decided, or the default; {@code evidence} says which value proved it, or why assumed. */
    public record Decision(NumberStyle style, String evidence) {
    }

    /** Takes one cell; blank cells and cells that are not amounts are ignored. */
    public void observe(String cell, long line) {
        if (cell == null || contradicts()) {
            return;
        }
        String text = Text.clean(cell);
        AmountText amount = text == null ? null : AmountText.of(text);
        if (amount == null) {
            return;
        }
        boolean english = NumberStyle.ENGLISH.writes(amount.number());
        boolean european = NumberStyle.EUROPEAN.writes(amount.number());
        if (european && !english && decimalComma == null) {
            decimalComma = new Proof(line, text);
        } else if (english && !european && decimalPoint == null) {
            decimalPoint = new Proof(line, text);
        }
    }

    /** Some amount proves a style. */
    public boolean proves() {
        return decimalComma != null || decimalPoint != null;
    }

    /** Both styles are proven: no single style reads every amount of the file right. */
    public boolean contradicts() {
        return decimalComma != null && decimalPoint != null;
    }

    /** The amount proving decimal comma, or null. */
    public Proof decimalComma() {
        return decimalComma;
    }

    /** The amount proving decimal point, or null. */
    public Proof decimalPoint() {
        return decimalPoint;
    }

    /**
     * The style the file's amounts prove, else {@code fallback} with {@code why} it applies. Call only when the
     * evidence does not {@link #contradicts() contradict} itself.
     */
    public Decision decide(NumberStyle fallback, String why) {
        if (contradicts()) {
            throw new IllegalStateException("the file's amounts prove both styles; refuse the file instead");
        }
        Proof proof = decimalComma != null ? decimalComma : decimalPoint;
        if (proof != null) {
            return new Decision(decimalComma != null ? NumberStyle.EUROPEAN : NumberStyle.ENGLISH,
                    "line " + proof.line() + ": " + proof.text());
        }
        return new Decision(fallback, "not proven: no amount in the file is written in one style only; " + why);
    }
}
