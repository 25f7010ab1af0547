package dev.crosswalk.value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects, over every date of a file, the dates that prove its order: a first part over 12 can only be a day
 * (29/12/2015 is day-first), a second part over 12 only a day in second place (12/29/2015 is month-first). Dates
 * with a four-digit first part (2018/10/01) and dates whose parts are both 12 or less prove nothing.
 */
public final class DateOrderEvidence {

    /** Two numbers of one or two digits, then the year, with one separator throughout; a time may follow. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2\\d{2,4}(?:[ T].*)?");
    private static final int LAST_MONTH = 12;

    private Proof dayFirst;
    private Proof monthFirst;

    /** One date as the file writes it, and the line it is on. */
    public record Proof(long line, String text) {
    }

    /** The order the evidence decided, or the default; {@code how} says which date proved it, or why it was assumed. */
    public record Decision(DateOrder order, String how) {
    }

    /** Takes one cell; blank cells and cells that are not numeric dates are ignored. */
    public void observe(String cell, long line) {
        if (cell == null || (dayFirst != null && monthFirst != null)) {
            return;
        }
        String text = cell.strip();
        Matcher m = NUMERIC_DATE.matcher(text);
        if (!m.matches()) {
            return;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        if (first > LAST_MONTH && second <= LAST_MONTH && dayFirst == null) {
            dayFirst = new Proof(line, text);
        } else if (second > LAST_MONTH && first <= LAST_MONTH && monthFirst == null) {
            monthFirst = new Proof(line, text);
        }
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
