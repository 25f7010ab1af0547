package dev.crosswalk.rollback;

import dev.crosswalk.apply.ConflictQueue;
import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Undoes one batch from its audit log, writing the undoing batch's own audit (so the undo can be undone):
 * rows it deleted come back first (parents before children), then fields get their old values, links it
 * attached go, its consent observations and its evidence of review items go, rows it inserted go (children before
 * parents: the transactions that name it in {@code created_batch_id} first, the contacts that do last), the open
 * items it opened are dismissed unless another batch's evidence still asks their question (those show their latest
 * remaining evidence), and the contacts' updated_at is put back. Each step is one statement per table (and field).
 */
final class BatchUndo {

    /** Link tables of the audit convention, and the statement that removes the links a batch attached. */
    private static final Map<String, String> UNLINK = Map.of("contact_emails", "rollback/unlink-emails",
            "contact_identities", "rollback/unlink-identities", "contact_tags", "rollback/unlink-tags",
            "contact_products", "rollback/unlink-products");

    /** The audit rows of contact_provenance patch the entries they name (write_provenance in V180). */
    private static final String PROVENANCE = "contact_provenance.fields";
    /** The table V180 replaced by a view: its audit rows name rows that no longer exist. */
    private static final String LEGACY_PROVENANCE = "contact_field_sources";

    private final Connection c;
    private final Catalog catalog;
    private final RowOps rows;
    private final long undoBatch;
    private long fieldsRestored;

    BatchUndo(Connection c, long undoBatch) {
        this.c = c;
        this.catalog = new Catalog(c);
        this.rows = new RowOps(c, catalog, undoBatch);
        this.undoBatch = undoBatch;
    }

    /**
     * Undoes {@code batch}; {@code keep} names audit rows to leave alone (an unmerge keeps the merge record).
     * Returns nothing: the counts accumulate for the report.
     */
    void undo(long batch, Predicate<AuditRow> keep, String dismissedBy) throws SQLException {
        List<AuditRow> audit = load(batch).stream().filter(keep.negate()).toList();
        if (audit.stream().anyMatch(a -> LEGACY_PROVENANCE.equals(a.table()))) {
            throw new IllegalStateException("batch " + batch + " recorded where its values came from row by row, as "
                    + "Crosswalk did before V180; this version cannot put that back exactly, so it rolls back "
                    + "nothing of the batch");
        }
        wholeRows(audit, AuditRow::deletedWhole, true);
        Set<String> fields = new LinkedHashSet<>();
        audit.stream().filter(AuditRow::updated).forEach(a -> fields.add(a.table() + "." + a.field()));
        if (fields.remove(PROVENANCE)) {
            // where the values came from is put back entry by entry, not as the whole column; not counted as fields
            execute(Sql.load("rollback/restore-provenance"), batch, undoBatch);
        }
        for (String tf : fields) {
            String[] parts = tf.split("\\.", 2);
            try (PreparedStatement ps = c.prepareStatement(
                    catalog.sql("rollback/restore-field", parts[0], parts[1]))) {
                ps.setLong(1, batch);
                ps.setLong(2, undoBatch);
                fieldsRestored += ps.executeUpdate();
            }
        }
        Set<String> linkTables = new LinkedHashSet<>();
        for (AuditRow a : audit) {
            if (a.linked()) {
                if (!UNLINK.containsKey(a.table())) {
                    throw new IllegalStateException("batch " + batch + " attached a link to " + a.table()
                            + ", which Crosswalk does not know how to remove");
                }
                linkTables.add(a.table());
            }
        }
        for (String table : linkTables) {
            execute(Sql.load(UNLINK.get(table)), batch, undoBatch);
        }
        execute(Sql.load("rollback/observations"), batch, undoBatch);
        List<Long> asked = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("rollback/conflict-evidence"))) {
            ps.setLong(1, batch);
            ps.setLong(2, undoBatch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    asked.add(rs.getLong(1));
                }
            }
        }
        // its transactions before the subscriptions, events and contacts they point at
        deleteCreated("transactions", batch);
        wholeRows(audit, a -> a.insertedById() || a.insertedWhole(), false);
        // the contacts it created go last: every row it recorded as inserted that points at one is gone by now
        deleteCreated("contacts", batch);
        try (PreparedStatement ps = c.prepareStatement(Sql.load("rollback/dismiss-conflicts"))) {
            ps.setString(1, dismissedBy);
            ps.setLong(2, undoBatch);
            ps.setLong(3, batch);
            ps.setLong(4, undoBatch);
            ps.executeUpdate();
        }
        ConflictQueue.refresh(c, asked, undoBatch);
        List<Long> contacts = new ArrayList<>();
        audit.stream().filter(a -> "contacts".equals(a.table())).forEach(a -> contacts.add(a.recordId()));
        try (PreparedStatement ps = c.prepareStatement(Sql.load("rollback/touch-times"))) {
            Object[] ids = contacts.stream().distinct().toArray();
            ps.setArray(1, c.createArrayOf("bigint", ids));
            ps.setArray(2, c.createArrayOf("bigint", ids));
            ps.executeUpdate();
        }
    }

    /**
     * Whole-row steps in reverse audit order, one statement per run of the same table and kind: re-inserting
     * what was deleted, or deleting what was inserted.
     */
    private void wholeRows(List<AuditRow> audit, Predicate<AuditRow> which, boolean reinsert) throws SQLException {
        List<AuditRow> run = new ArrayList<>();
        for (AuditRow a : audit) {
            if (!which.test(a)) {
                continue;
            }
            if (!run.isEmpty() && !sameRun(run.get(0), a)) {
                flush(run, reinsert);
            }
            run.add(a);
        }
        flush(run, reinsert);
    }

    private static boolean sameRun(AuditRow first, AuditRow next) {
        return first.table().equals(next.table()) && first.insertedById() == next.insertedById();
    }

    private void flush(List<AuditRow> run, boolean reinsert) throws SQLException {
        if (run.isEmpty()) {
            return;
        }
        AuditRow first = run.get(0);
        if (reinsert) {
            rows.reinsert(first.table(), run.stream().map(AuditRow::oldValue).toList());
        } else if (first.insertedById()) {
            rows.deleteByIds(first.table(), run.stream().map(AuditRow::recordId).distinct().toList());
        } else {
            rows.deleteWhole(first.table(), run.stream().map(AuditRow::newValue).toList());
        }
        run.clear();
    }

    private List<AuditRow> load(long batch) throws SQLException {
        List<AuditRow> audit = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("rollback/audit-rows"))) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    audit.add(new AuditRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return audit;
    }

    /** Deletes the rows of {@code table} that name {@code batch} as the one that inserted them. */
    private void deleteCreated(String table, long batch) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(catalog.sql("rollback/created-rows", table, "created_batch_id"))) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (!ids.isEmpty()) {
            rows.deleteByIds(table, ids);
        }
    }

    private void execute(String sql, long batch, long undo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, batch);
            ps.setLong(2, undo);
            ps.execute();
        }
    }

    long fieldsRestored() {
        return fieldsRestored;
    }

    long rowsDeleted() {
        return rows.rowsDeleted();
    }

    long rowsRestored() {
        return rows.rowsRestored();
    }

    long linksDetached() {
        return rows.linksDetached();
    }
}
