package dev.crosswalk.review;

import dev.crosswalk.apply.ContactMerger;
import dev.crosswalk.db.Sql;
import dev.crosswalk.model.ContactField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The writes a decision makes, each audited in the review batch: a field, a consent decision, a merge, a status. */
final class DecisionWrites {

    static final String EMAIL_SUBSCRIBED = "email_subscribed";

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

    /** Merges every other contact into the first; returns the merge ids. */
    List<Long> merge(List<Long> contacts) throws SQLException {
        List<Long> merges = new ArrayList<>();
        for (long duplicate : contacts.subList(1, contacts.size())) {
            merges.add(ContactMerger.merge(c, contacts.get(0), duplicate, batch));
        }
        return merges;
    }

    void resolve(long conflict, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("review/resolve"))) {
            ps.setLong(1, conflict);
            ps.setString(2, status);
            ps.setString(3, by);
            ps.setLong(4, batch);
            ps.executeUpdate();
        }
    }
}
