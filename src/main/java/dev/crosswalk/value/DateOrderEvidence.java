package dev.crosswalk.value;

/**
 * Collects, over every date of a file, the dates that prove its order: a first part over 12 can only be a day
 * (29/12/2015 is day-first), a second part over 12 only a day in second place (12/29/2015 is month-first). Dates
 * with a four-digit first part (2018/10/01) and dates whose parts are both 12 or less prove nothing. A numeric
 * date is two numbers of one or two digits and a year of two or more, with one separator ('/', '.' or '-').
 */
public final class DateOrderEvidence {

    private static final int LAST_MONTH = 12;

    private Proof dayFirst;
    private Proof monthFirst;

    /** One date as the file writes it, and the line it is on. */
    public record Proof(long line, String text) {
    }

    /** The order the evidence decided, or the default; {@code how} says which date proved it, or why it was assumed. */
    public record Decision(DateOrder order, String how) {
    }

    /** Takes one cell; blank cells and cells that are not numeric dates are ignored. Hand-parsed: it runs per row. */
    public void observe(String cell, long line) {
        if (cell == null || contradicts()) {
            return;
        }
        String text = cell.strip();
        int firstEnd = digits(text, 0);
        if (firstEnd < 1 || firstEnd > 2 || firstEnd == text.length()) {
            return;
        }
        char separator = text.charAt(firstEnd);
        if (separator != '/' && separator != '.' && separator != '-') {
            return;
        }
        int secondEnd = digits(text, firstEnd + 1);
        int secondLength = secondEnd - firstEnd - 1;
        if (secondLength < 1 || secondLength > 2 || secondEnd == text.length() || text.charAt(secondEnd) != separator
                || digits(text, secondEnd + 1) - secondEnd - 1 < 2) {
            return;
        }
        int first = Integer.parseInt(text, 0, firstEnd, 10);
        int second = Integer.parseInt(text, firstEnd + 1, secondEnd, 10);
        if (first > LAST_MONTH && second <= LAST_MONTH && dayFirst == null) {
            dayFirst = new Proof(line, text);
        } else if (second > LAST_MONTH && first <= LAST_MONTH && monthFirst == null) {
            monthFirst = new Proof(line, text);
        }
    }

    /** The end of the run of ASCII digits starting at {@code from}. */
    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** Some date proves an order. */
    public boolean proves() {
        return dayFirst != null || monthFirst != null;
    }

    /** Both orders are proven: the file mixes them, and no single order reads it right. */
    public boolean contradicts() {
        return dayFirst != null && monthFirst != null;
    }

    /** The date proving day-first, or null. */
    public Proof dayFirst() {
        return dayFirst;
    }

    /** The date proving month-first, or null. */
    public Proof monthFirst() {
        return monthFirst;
    }

    /**
     * The order the file's dates prove, else {@code fallback} with {@code why} it applies. Call only when the
     * evidence does not {@link #contradicts() contradict} itself.
     */
    public Decision decide(DateOrder fallback, String why) {
        if (contradicts()) {
            throw new IllegalStateException("the file's dates prove both orders; refuse the file instead");
        }
        if (dayFirst != null) {
            return new Decision(DateOrder.DAY_FIRST, "day-first, proven by line " + dayFirst.line() + " ("
                    + dayFirst.text() + ")");
        }
        if (monthFirst != null) {
            return new Decision(DateOrder.MONTH_FIRST, "month-first, proven by line " + monthFirst.line() + " ("
                    + monthFirst.text() + ")");
        }
        return new Decision(fallback, fallback.label() + ", assumed: no date in the file has a day over 12 to prove"
                + " the order; " + why);
    }
}
