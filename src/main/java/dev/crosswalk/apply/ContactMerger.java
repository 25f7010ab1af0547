package dev.crosswalk.apply;

import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a duplicate into the contact that is kept, inside the caller's batch and transaction: both records are
 * snapshotted into {@code contact_merges}; emails, identities, tags, products, subscriptions, transactions and
 * consent history move to the kept contact; its blanks are filled, the stronger lock and any opt-in (with its
 * protection) are kept; the duplicate is soft-deleted. Every change is audited, so the batch can be rolled back.
 */
public final class ContactMerger {

    /** Tables whose rows belong to one contact and move with it (by contact_id, each row has an id). */
    public static final List<String> OWNED = List.of("contact_identities", "subscriptions", "transactions",
            "consent_events");
    /** Link tables without an id: the table and its label column. */
    public static final Map<String, String> LABELS = Map.of("contact_tags", "tag_id", "contact_products", "product_id");

    private ContactMerger() {
    }

    /** Returns the id of the {@code contact_merges} row. */
    public static long merge(Connection c, long keep, long duplicate, long batch) throws SQLException {
        check(c, keep, duplicate);
        String keptSnapshot = snapshot(c, keep);
        String mergedSnapshot = snapshot(c, duplicate);
        long mergeId;
        try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/insert"))) {
            ps.setLong(1, keep);
            ps.setLong(2, duplicate);
            ps.setLong(3, batch);
            ps.setString(4, keptSnapshot);
            ps.setString(5, mergedSnapshot);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                mergeId = rs.getLong(1);
            }
        }
        run(c, Sql.load("merge/move-emails"), duplicate, keep, batch);
        for (String table : OWNED) {
            try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/move-rows", Map.of("table", table)))) {
                ps.setLong(1, duplicate);
                ps.setLong(2, keep);
                ps.setLong(3, batch);
                ps.setNull(4, Types.OTHER);
                ps.executeUpdate();
            }
        }
        for (Map.Entry<String, String> label : LABELS.entrySet()) {
            run(c, Sql.load("merge/move-labels",
                    Map.of("table", label.getKey(), "label", label.getValue())), duplicate, keep, batch);
        }
        run(c, Sql.load("merge/move-field-sources"), duplicate, keep, batch);
        run(c, Sql.load("merge/combine"), keep, duplicate, batch);
        try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/retire"))) {
            ps.setLong(1, duplicate);
            ps.setLong(2, batch);
            ps.executeUpdate();
        }
        return mergeId;
    }

    private static void check(Connection c, long keep, long duplicate) throws SQLException {
        if (keep == duplicate) {
            throw new MergeRefused("a contact cannot be merged into itself (" + keep + ")");
        }
        Map<Long, Boolean> deleted = new HashMap<>();
        Map<Long, Boolean> erased = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/contacts"))) {
            ps.setArray(1, c.createArrayOf("bigint", new Object[] {keep, duplicate}));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    deleted.put(rs.getLong(1), rs.getBoolean(2));
                    erased.put(rs.getLong(1), rs.getBoolean(3));
                }
            }
        }
        for (long id : new long[] {keep, duplicate}) {
            if (!deleted.containsKey(id)) {
                throw new MergeRefused("there is no contact " + id);
            }
            if (erased.get(id)) {
                throw new MergeRefused("contact " + id + " was erased on request; it stays apart from everyone");
            }
            if (deleted.get(id)) {
                throw new MergeRefused("contact " + id + " is deleted (merged before?)");
            }
        }
    }

    static String snapshot(Connection c, long contact) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/snapshot"))) {
            ps.setLong(1, contact);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void run(Connection c, String sql, long a, long b, long batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, a);
            ps.setLong(2, b);
            ps.setLong(3, batch);
            ps.execute();
        }
    }
}
