package dev.crosswalk.review;

import dev.crosswalk.apply.ConflictQueue;
import dev.crosswalk.apply.ContactMerger;
import dev.crosswalk.db.Sql;
import dev.crosswalk.model.ContactField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The writes a decision makes, each audited in the review batch: a field and where its value now comes from
 * (contact_field_sources), a consent decision, a merge, a status.
 */
final class DecisionWrites {

    static final String EMAIL_SUBSCRIBED = "email_subscribed";
    /** The source a person's value is recorded under (as their consent decisions are). */
    static final String REVIEW = "review";

    private final Connection c;
    private final long batch;
    private final String by;

    DecisionWrites(Connection c, long batch, String by) {
        this.c = c;
        this.batch = batch;
        this.by = by;
    }

    /** Only the contact fields an import maps, and the subscription, can be decided: never a column from a file. */
    static String column(String field) {
        if (EMAIL_SUBSCRIBED.equals(field)) {
            return EMAIL_SUBSCRIBED;
        }
        for (ContactField f : ContactField.values()) {
            if (f.column().equals(field)) {
                return f.column();
            }
        }
        throw new IllegalArgumentException("field '" + field + "' cannot be set by a decision");
    }

    String current(long contact, String field) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("review/current-value",
                Map.of("column", column(field))))) {
            ps.setLong(1, contact);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    void field(long contact, String field, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("review/set-field",
                Map.of("column", column(field))))) {
            ps.setLong(1, contact);
            ps.setString(2, value);
            ps.setLong(3, batch);
            ps.executeUpdate();
        }
    }

    /** An opt-out honoured (unsubscribed, unprotected) or an opt-in taken (subscribed, protected), observed now. */
    void subscription(long contact, boolean subscribed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("review/set-subscription"))) {
            ps.setLong(1, contact);
            ps.setBoolean(2, subscribed);
            ps.setString(3, (subscribed ? "opt-in taken by " : "opt-out honoured by ") + by);
            ps.setString(4, "opt-in decided by " + by + " (review batch " + batch + ")");
            ps.setLong(5, batch);
            ps.executeUpdate();
        }
    }

    /**
     * Merges every other contact into the first; returns the merge ids. A contact merged since the item was raised
     * stands for the contact it was merged into: when all of them are one contact by now, nothing is left to merge.
     */
    List<Long> merge(List<Long> contacts) throws SQLException {
        List<Long> live = new ArrayList<>();
        for (long contact : contacts) {
            long now = survivor(contact);
            if (!live.contains(now)) {
                live.add(now);
            }
        }
        List<Long> merges = new ArrayList<>();
        for (long duplicate : live.subList(1, live.size())) {
            merges.add(ContactMerger.merge(c, live.get(0), duplicate, batch));
        }
        return merges;
    }

    private long survivor(long contact) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("review/survivor"))) {
            ps.setLong(1, contact);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    void resolve(long conflict, String status) throws SQLException {
        ConflictQueue.resolve(c, List.of(conflict), status, by, batch);
    }

    /** The field's value is a person's now (a SET, or a KEEP of the current value): no source replaces it. */
    void personHolds(long contact, String field) throws SQLException {
        fieldSource(contact, column(field), REVIEW, OffsetDateTime.now(), batch, true, by);
    }

    /** The field's value is the item's proposal, taken: it keeps the provenance of the source that proposed it. */
    void sourceHolds(long conflict, long contact, String field, String value) throws SQLException {
        String source = null;
        OffsetDateTime evidenceAt = null;
        Long proposedIn = null;
        try (PreparedStatement ps = c.prepareStatement(Sql.load("queue/proposal"))) {
            ps.setLong(1, conflict);
            ps.setString(2, value);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    source = rs.getString(1);
                    evidenceAt = rs.getObject(2, OffsetDateTime.class);
                    long b = rs.getLong(3);
                    proposedIn = rs.wasNull() ? null : b;
                }
            }
        }
        fieldSource(contact, column(field), source, evidenceAt, proposedIn, false, null);
    }

    private void fieldSource(long contact, String field, String source, OffsetDateTime evidenceAt, Long sourceBatch,
            boolean byPerson, String decidedBy) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("queue/field-source"))) {
            ps.setLong(1, contact);
            ps.setString(2, field);
            ps.setString(3, source);
            ps.setObject(4, evidenceAt);
            ps.setObject(5, sourceBatch);
            ps.setBoolean(6, byPerson);
            ps.setString(7, decidedBy);
            ps.setLong(8, batch);
            ps.execute();
        }
    }
}
