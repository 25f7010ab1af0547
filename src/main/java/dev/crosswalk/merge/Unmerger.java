package dev.crosswalk.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.apply.ContactMerger;
import dev.crosswalk.apply.MergeRefused;
import dev.crosswalk.db.Sql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Undoes one merge from its snapshots, inside the caller's batch and transaction: both contact rows exactly as
 * they were, the duplicate's emails (with their kinds), identities, subscriptions, transactions, consent history,
 * tags and products back with it, and the merge marked undone. Every change is audited.
 */
public final class Unmerger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Unmerger() {
    }

    /**
     * Returns the two contacts, kept first. Refuses when later batches changed what it would put back, listing
     * them, unless {@code force} (their changes to those records are then overwritten, audited).
     */
    public static long[] unmerge(Connection c, long mergeId, long batch, boolean force) throws SQLException {
        long keep;
        long duplicate;
        JsonNode kept;
        JsonNode merged;
        try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/load"))) {
            ps.setLong(1, mergeId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new MergeRefused("there is no merge " + mergeId);
                }
                if (rs.getBoolean(5)) {
                    throw new MergeRefused("merge " + mergeId + " was already undone");
                }
                keep = rs.getLong(1);
                duplicate = rs.getLong(2);
                kept = parse(rs.getString(3));
                merged = parse(rs.getString(4));
            }
        }
        if (kept.get("contact").hasNonNull("erased_at") || merged.get("contact").hasNonNull("erased_at")) {
            throw new MergeRefused("merge " + mergeId + " joined contacts of a person erased on request; what it "
                    + "merged is gone and cannot be put back");
        }
        if (!force) {
            refuseOverLaterChanges(c, mergeId);
        }
        restoreContact(c, kept.get("contact"), batch);
        restoreContact(c, merged.get("contact"), batch);
        moveBack(c, "contact_emails", keep, duplicate, merged.get("emails").findValues("id").toString(), batch);
        try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/restore-email-kinds"))) {
            ps.setString(1, merged.get("emails").toString());
            ps.setLong(2, batch);
            ps.executeUpdate();
        }
        for (String table : ContactMerger.OWNED) {
            moveBack(c, table, keep, duplicate, merged.get(table).toString(), batch);
        }
        // where the filled values came from (merges recorded before provenance was kept have none to move)
        String keptSources = fieldSources(c, kept, keep);
        String mergedSources = fieldSources(c, merged, keep);
        if (keptSources != null && mergedSources != null) {
            try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/move-back-field-sources"))) {
                ps.setLong(1, keep);
                ps.setLong(2, duplicate);
                ps.setString(3, keptSources);
                ps.setString(4, mergedSources);
                ps.setLong(5, batch);
                ps.execute();
            }
        }
        for (Map.Entry<String, String> label : ContactMerger.LABELS.entrySet()) {
            try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/restore-labels",
                    Map.of("table", label.getKey(), "label", label.getValue())))) {
                ps.setLong(1, keep);
                ps.setString(2, kept.get(label.getKey()).toString());
                ps.setString(3, merged.get(label.getKey()).toString());
                ps.setLong(4, batch);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/undone"))) {
            ps.setLong(1, mergeId);
            ps.setLong(2, batch);
            ps.executeUpdate();
        }
        return new long[] {keep, duplicate};
    }

    private static void refuseOverLaterChanges(Connection c, long mergeId) throws SQLException {
        List<String> later = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/later-changes"))) {
            ps.setLong(1, mergeId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    later.add("batch " + rs.getLong(1) + " (" + rs.getString(2) + ") " + rs.getString(3) + " "
                            + rs.getLong(4) + (rs.getString(5) == null ? "" : " " + rs.getString(5)));
                }
            }
        }
        if (!later.isEmpty()) {
            throw new MergeRefused("later batches changed what the unmerge would restore: " + String.join("; ",
                    later) + ". --force restores the snapshot over them");
        }
    }

    private static void restoreContact(Connection c, JsonNode contact, long batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/restore-contact"))) {
            ps.setString(1, contact.toString());
            ps.setLong(2, batch);
            ps.executeUpdate();
        }
    }

    private static void moveBack(Connection c, String table, long keep, long duplicate, String ids, long batch)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/move-rows", Map.of("table", table)))) {
            ps.setLong(1, keep);
            ps.setLong(2, duplicate);
            ps.setLong(3, batch);
            ps.setString(4, ids);
            ps.executeUpdate();
        }
    }

    /**
     * A contact's provenance entries as its snapshot recorded them; from a snapshot that named the rows of the table
     * provenance was kept in before (V180), those fields with their entries as they are now on {@code holder}.
     */
    private static String fieldSources(Connection c, JsonNode snapshot, long holder) throws SQLException {
        if (snapshot.has("contact_provenance")) {
            return snapshot.get("contact_provenance").toString();
        }
        if (!snapshot.has("contact_field_sources")) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/legacy-field-sources"))) {
            ps.setLong(1, holder);
            ps.setString(2, snapshot.get("contact_field_sources").toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
