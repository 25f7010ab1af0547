package dev.crosswalk.review;

/**
 * One row of a decisions file as written: its line, conflict id and decision cell. A row whose conflict id is
 * {@value #EVERY} decides every open conflict of {@code batch} with {@code reason} (and {@code field}, when given).
 */
public record DecisionRow(long line, String conflictId, String decision, String batch, String reason, String field) {

    public static final String EVERY = "*";

    /** A row answering one conflict by its id. */
    public static DecisionRow one(long line, String conflictId, String decision) {
        return new DecisionRow(line, conflictId, decision, null, null, null);
    }

    public boolean bulk() {
        return conflictId != null && EVERY.equals(conflictId.strip());
    }
}
