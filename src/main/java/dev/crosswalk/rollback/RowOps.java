package dev.crosswalk.rollback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole-row changes made by an undo, each one set-based statement per table that also writes the audit rows of
 * the undoing batch: a deleted row is kept whole (JSON) in its audit, so undoing the undo puts it back exactly.
 */
final class RowOps {

    private final Connection c;
    private final Catalog catalog;
    private final long batchId;
    private long rowsDeleted;
    private long rowsRestored;
    private long linksDetached;

    RowOps(Connection c, Catalog catalog, long batchId) {
        this.c = c;
        this.catalog = catalog;
        this.batchId = batchId;
    }

    /** Rows recorded whole by a batch that deleted them: inserted again as they were. */
    void reinsert(String table, List<String> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(catalog.sql("rollback/reinsert-rows", table, null))) {
            ps.setArray(1, c.createArrayOf("text", rows.toArray()));
            ps.setLong(2, batchId);
            rowsRestored += ps.executeUpdate();
        }
    }

    /** Rows recorded whole by a batch that inserted them: found by primary key and deleted. */
    void deleteWhole(String table, List<String> rows) throws SQLException {
        List<String> key = catalog.primaryKey(table);
        try (PreparedStatement ps = c.prepareStatement(catalog.sql("rollback/delete-rows-by-key", table, null))) {
            ps.setArray(1, c.createArrayOf("text", key.toArray()));
            ps.setArray(2, c.createArrayOf("text", rows.toArray()));
            ps.setLong(3, batchId);
            rowsDeleted += ps.executeUpdate();
        }
    }

    /**
     * Rows a batch inserted, by id. What points at them goes first: rows that belong to them (cascading or not
     * nullable) are deleted and kept whole; rows that merely refer to them (a transaction, a conflict) keep
     * existing with the reference cleared, audited.
     */
    void deleteByIds(String table, List<Long> ids) throws SQLException {
        Object[] idArray = ids.toArray();
        for (Catalog.Reference ref : catalog.references(table)) {
            if (ref.nullable() && !ref.cascades()) {
                try (PreparedStatement ps = c.prepareStatement(
                        catalog.sql("rollback/detach-children", ref.childTable(), ref.childColumn()))) {
                    ps.setArray(1, c.createArrayOf("bigint", idArray));
                    ps.setLong(2, batchId);
                    linksDetached += ps.executeUpdate();
                }
            } else if (ref.childHasId() && !catalog.references(ref.childTable()).isEmpty()) {
                List<Long> children = childIds(ref, idArray);
                if (!children.isEmpty()) {
                    deleteByIds(ref.childTable(), children);
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement(
                        catalog.sql("rollback/delete-children", ref.childTable(), ref.childColumn()))) {
                    ps.setArray(1, c.createArrayOf("bigint", idArray));
                    ps.setLong(2, batchId);
                    rowsDeleted += ps.executeUpdate();
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(catalog.sql("rollback/delete-rows-by-id", table, "id"))) {
            ps.setArray(1, c.createArrayOf("bigint", idArray));
            ps.setLong(2, batchId);
            rowsDeleted += ps.executeUpdate();
        }
    }

    private List<Long> childIds(Catalog.Reference ref, Object[] parentIds) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                catalog.sql("rollback/child-ids", ref.childTable(), ref.childColumn()))) {
            ps.setArray(1, c.createArrayOf("bigint", parentIds));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    long rowsDeleted() {
        return rowsDeleted;
    }

    long rowsRestored() {
        return rowsRestored;
    }

    long linksDetached() {
        return linksDetached;
    }
}
