package dev.crosswalk.value;

/** Which part of a numeric date like 09/06/2016 is the day: the first (day-first) or the second (month-first). */
public enum DateOrder {
    DAY_FIRST("day-first"),
    MONTH_FIRST("month-first");

    private final String label;

    DateOrder(String label) {
        this.label = label;
    }

    /** "day-first" or "month-first", as reports say it. */
    public String label() {
        return label;
    }
}
