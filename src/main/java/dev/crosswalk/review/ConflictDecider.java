package dev.crosswalk.review;

import dev.crosswalk.db.Sql;
import dev.crosswalk.merge.ContactMerger;
import dev.crosswalk.merge.MergeRefused;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.value.Booleans;
import dev.crosswalk.value.InvalidValueException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates and applies one decision inside a review batch. A decision that cannot be applied as written (unknown
 * or resolved conflict, wrong kind for the conflict, a value changed since) is answered with why, never guessed;
 * it changes nothing (a savepoint undoes any partial work).
 */
final class ConflictDecider {

    /** What became of one decision: applied (taken, merged), kept, dismissed, rejected or skipped. */
    record Outcome(String status, String message, List<Long> contacts) {

        boolean changedData() {
            return "taken".equals(status) || "merged".equals(status);
        }
    }

    private record Conflict(long id, Long contactId, String field, String current, String incoming, String reason,
            String status, String resolvedBy, long resolutionBatch, boolean contactDeleted) {
    }

    static final String EMAIL_SUBSCRIBED = "email_subscribed";
    private static final Pattern ID = Pattern.compile("\\d+");

    private final Connection c;
    private final long batch;
    private final String by;

    ConflictDecider(Connection c, long batch, String by) {
        this.c = c;
        this.batch = batch;
        this.by = by;
    }

    Outcome decide(String conflictId, String decisionText) throws SQLException {
        Decision decision;
        try {
            decision = Decision.parse(decisionText);
        } catch (IllegalArgumentException e) {
            return rejected(e.getMessage());
        }
        if (decision == null) {
            return new Outcome("skipped", "no decision written", List.of());
        }
        if (conflictId == null || !ID.matcher(conflictId.strip()).matches()) {
            return rejected("conflict_id '" + conflictId + "' is not a conflict id");
        }
        Conflict k = load(Long.parseLong(conflictId.strip()));
        if (k == null) {
            return rejected("there is no conflict " + conflictId.strip());
        }
        if (!"open".equals(k.status())) {
            return rejected("conflict " + k.id() + " is already resolved: " + k.status() + " by " + k.resolvedBy()
                    + " in batch " + k.resolutionBatch());
        }
        Savepoint savepoint = c.setSavepoint();
        try {
            Outcome outcome = apply(k, decision);
            if ("rejected".equals(outcome.status())) {
                c.rollback(savepoint);
            } else {
                resolve(k.id(), outcome.status());
                c.releaseSavepoint(savepoint);
            }
            return outcome;
        } catch (MergeRefused | IllegalArgumentException | InvalidValueException e) {
            c.rollback(savepoint);
            return rejected(e.getMessage());
        }
    }

    private Outcome apply(Conflict k, Decision d) throws SQLException {
        boolean contactConflict = "AMBIGUOUS".equals(k.reason()) || "DUPLICATE".equals(k.reason());
        switch (d.kind()) {
            case KEEP:
                return new Outcome("kept", "the current value stays", List.of());
            case DISMISS:
                return new Outcome("dismissed", "dismissed", List.of());
            case MERGE:
                return contactConflict ? merge(k) : rejected("MERGE answers AMBIGUOUS or DUPLICATE conflicts; "
                        + "this one is " + k.reason());
            default:
                break;
        }
        if (contactConflict) {
            return rejected(d.kind() + " answers a field conflict; a " + k.reason()
                    + " conflict takes MERGE, KEEP or DISMISS");
        }
        if (k.contactId() == null || k.contactDeleted()) {
            return rejected("contact " + k.contactId() + " no longer exists (merged or deleted)");
        }
        String value = d.kind() == Decision.Kind.TAKE ? k.incoming() : d.value();
        String current = current(k);
        if (!Objects.equals(current, k.current())) {
            return rejected(k.field() + " changed since the conflict was raised (was '" + k.current() + "', now '"
                    + current + "'): decide again on a fresh conflicts file");
        }
        if (EMAIL_SUBSCRIBED.equals(k.field())) {
            Boolean subscribed = Booleans.parse(value);
            if (subscribed == null) {
                throw new IllegalArgumentException("email_subscribed takes true or false, not '" + value + "'");
            }
            subscription(k.contactId(), subscribed);
            return new Outcome("taken", subscribed ? "opt-in taken" : "opt-out honoured", List.of(k.contactId()));
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("review/set-field").replace("{column}",
                column(k.field())))) {
            ps.setLong(1, k.contactId());
            ps.setString(2, value);
            ps.setLong(3, batch);
            ps.executeUpdate();
        }
        return new Outcome("taken", k.field() + " set to '" + value + "'", List.of(k.contactId()));
    }

    private Outcome merge(Conflict k) throws SQLException {
        List<Long> ids = new ArrayList<>();
        Matcher m = ID.matcher(k.current() == null ? "" : k.current());
        while (m.find()) {
            ids.add(Long.parseLong(m.group()));
        }
        if (ids.size() < 2) {
            return rejected("conflict " + k.id() + " names no contacts to merge ('" + k.current() + "')");
        }
        List<Long> merges = new ArrayList<>();
        for (long duplicate : ids.subList(1, ids.size())) {
            merges.add(ContactMerger.merge(c, ids.get(0), duplicate, batch));
        }
        return new Outcome("merged", "merged " + ids.subList(1, ids.size()) + " into " + ids.get(0) + " (merges "
                + merges + ")", ids);
    }

    private void subscription(long contact, boolean subscribed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("review/set-subscription"))) {
            ps.setLong(1, contact);
            ps.setBoolean(2, subscribed);
            ps.setString(3, (subscribed ? "opt-in taken by " : "opt-out honoured by ") + by);
            ps.setString(4, "opt-in decided by " + by + " (review batch " + batch + ")");
            ps.setLong(5, batch);
            ps.executeUpdate();
        }
    }

    private String current(Conflict k) throws SQLException {
        String col = EMAIL_SUBSCRIBED.equals(k.field()) ? EMAIL_SUBSCRIBED : column(k.field());
        try (PreparedStatement ps = c.prepareStatement(Sql.load("review/current-value").replace("{column}", col))) {
            ps.setLong(1, k.contactId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Only the contact fields an import maps can be decided: the column comes from that list, never the file. */
    private static String column(String field) {
        for (ContactField f : ContactField.values()) {
            if (f.column().equals(field)) {
                return f.column();
            }
        }
        throw new IllegalArgumentException("field '" + field + "' cannot be set by a decision");
    }

    private void resolve(long id, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("review/resolve"))) {
            ps.setLong(1, id);
            ps.setString(2, status);
            ps.setString(3, by);
            ps.setLong(4, batch);
            ps.executeUpdate();
        }
    }

    private Conflict load(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("review/conflict"))) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long contact = rs.getLong(3);
                return new Conflict(rs.getLong(1), rs.wasNull() ? null : contact, rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10),
                        rs.getBoolean(11));
            }
        }
    }

    private static Outcome rejected(String why) {
        return new Outcome("rejected", why, List.of());
    }
}
