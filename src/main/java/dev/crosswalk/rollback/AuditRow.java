package dev.crosswalk.rollback;

/** One row of {@code import_audit_log}: what a batch did to one field (or one whole row) of one record. */
public record AuditRow(long id, String table, long recordId, String action, String field, String oldValue,
        String newValue) {

    /** The field marking a whole row recorded as JSON in new_value (a row re-inserted or moved whole). */
    public static final String WHOLE_ROW = "row";

    /** A row the batch inserted and recorded by its id (field null). */
    boolean insertedById() {
        return "insert".equals(action) && field == null;
    }

    /** A row the batch inserted and recorded whole (JSON in new_value). */
    boolean insertedWhole() {
        return "insert".equals(action) && WHOLE_ROW.equals(field);
    }

    /** A link attached to an existing contact by the audit convention (table, contact, insert, field, value). */
    boolean linked() {
        return "insert".equals(action) && field != null && !WHOLE_ROW.equals(field);
    }

    /** A row the batch deleted, recorded whole (JSON in old_value). */
    boolean deletedWhole() {
        return "delete".equals(action);
    }

    boolean updated() {
        return "update".equals(action);
    }
}
