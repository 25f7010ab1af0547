package dev.crosswalk.review;

/** One row of a decisions file as written: its line, conflict id and decision cell. */
public record DecisionRow(long line, String conflictId, String decision) {
}
