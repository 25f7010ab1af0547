package dev.crosswalk.review;

import dev.crosswalk.apply.ConflictQueue;
import dev.crosswalk.apply.MergeRefused;
import dev.crosswalk.db.Sql;
import dev.crosswalk.protect.FieldEquivalence;
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

    /** Why decisions are refused, as a bulk decision's summary counts them. */
    static final String NOT_A_DECISION = "not a decision";
    static final String NO_SUCH_ITEM = "no such conflict";
    static final String ALREADY_DECIDED = "already decided";
    static final String WRONG_KIND = "decision does not fit the conflict";
    static final String CONTACT_GONE = "contact merged or deleted";
    static final String CHANGED = "stored value changed since the conflict was raised";
    static final String NOT_APPLICABLE = "could not be applied";

    /**
     * What became of one decision: applied (taken, merged), kept, dismissed, rejected (with the kind of refusal)
     * or skipped.
     */
    record Outcome(String status, String message, String refusal) {

        Outcome(String status, String message) {
            this(status, message, null);
        }

        boolean changedData() {
            return "taken".equals(status) || "merged".equals(status);
        }
    }

    private record Conflict(long id, Long contactId, String field, String current, String incoming, String reason,
            String status, String resolvedBy, long resolutionBatch, boolean contactDeleted, String country) {

        boolean aboutContacts() {
            return "AMBIGUOUS".equals(reason) || "DUPLICATE".equals(reason);
        }
    }

    private static final Pattern ID = Pattern.compile("\\d+");

    private final Connection c;
    private final DecisionWrites writes;
    private final FieldEquivalence equivalence;

    ConflictDecider(Connection c, long batch, String by, FieldEquivalence equivalence) {
        this.c = c;
        this.writes = new DecisionWrites(c, batch, by);
        this.equivalence = equivalence;
    }

    Outcome decide(String conflictId, String decisionText) throws SQLException {
        Decision decision;
        try {
            decision = Decision.parse(decisionText);
        } catch (IllegalArgumentException e) {
            return rejected(NOT_A_DECISION, e.getMessage());
        }
        if (decision == null) {
            return new Outcome("skipped", "no decision written");
        }
        if (conflictId == null || !ID.matcher(conflictId.strip()).matches()) {
            return rejected(NO_SUCH_ITEM, "conflict_id '" + conflictId + "' is not a conflict id");
        }
        Conflict k = load(Long.parseLong(conflictId.strip()));
        if (k == null) {
            return rejected(NO_SUCH_ITEM, "there is no conflict " + conflictId.strip());
        }
        if (!"open".equals(k.status())) {
            return rejected(ALREADY_DECIDED, "conflict " + k.id() + " is already resolved: " + k.status() + " by "
                    + k.resolvedBy() + " in batch " + k.resolutionBatch());
        }
        Savepoint savepoint = c.setSavepoint();
        try {
            Outcome outcome = apply(k, decision);
            if ("rejected".equals(outcome.status())) {
                c.rollback(savepoint);
            } else {
                writes.resolve(k.id(), outcome.status());
                c.releaseSavepoint(savepoint);
            }
            return outcome;
        } catch (MergeRefused | IllegalArgumentException | InvalidValueException e) {
            c.rollback(savepoint);
            return rejected(NOT_APPLICABLE, e.getMessage());
        }
    }

    private Outcome apply(Conflict k, Decision d) throws SQLException {
        boolean contactConflict = k.aboutContacts();
        switch (d.kind()) {
            case KEEP:
                if (!contactConflict && k.contactId() != null && !k.contactDeleted()
                        && DecisionWrites.EMAIL_SUBSCRIBED.equals(k.field())) {
                    // the person's consent decision is newer evidence than the question: it is not asked again
                    writes.subscription(k.contactId(), Boolean.parseBoolean(k.current()));
                } else if (!contactConflict && k.contactId() != null && !k.contactDeleted()) {
                    // "not this value", for good: the current value is now a person's
                    writes.personHolds(k.contactId(), k.field());
                }
                return new Outcome("kept", "the current value stays; the proposal is declined for good");
            case DISMISS:
                return new Outcome("dismissed", "dismissed");
            case MERGE:
                return contactConflict ? merge(k) : rejected(WRONG_KIND, "MERGE answers AMBIGUOUS or DUPLICATE "
                        + "conflicts; this one is " + k.reason());
            default:
                break;
        }
        if (contactConflict) {
            return rejected(WRONG_KIND, d.kind() + " answers a field conflict; a " + k.reason()
                    + " conflict takes MERGE, KEEP or DISMISS");
        }
        if (k.contactId() == null || k.contactDeleted()) {
            return rejected(CONTACT_GONE, "contact " + k.contactId() + " no longer exists (merged or deleted)");
        }
        String value = d.kind() == Decision.Kind.TAKE ? k.incoming() : d.value();
        String current = writes.current(k.contactId(), k.field());
        if (!Objects.equals(current, k.current())
                && !ConflictQueue.same(equivalence, k.field(), current, k.current(), k.country())) {
            return rejected(CHANGED, k.field() + " changed since the conflict was raised (was '" + k.current()
                    + "', now '" + current + "'): decide again on a fresh conflicts file");
        }
        if (DecisionWrites.EMAIL_SUBSCRIBED.equals(k.field())) {
            Boolean subscribed = Booleans.parse(value);
            if (subscribed == null) {
                throw new IllegalArgumentException("email_subscribed takes true or false, not '" + value + "'");
            }
            writes.subscription(k.contactId(), subscribed);
            record(k, d, value);
            return new Outcome("taken", subscribed ? "opt-in taken" : "opt-out honoured");
        }
        writes.field(k.contactId(), k.field(), value);
        record(k, d, value);
        return new Outcome("taken", k.field() + " set to '" + value + "'");
    }

    /** Where the decided value comes from now: the proposing source (TAKE), or the person (SET). */
    private void record(Conflict k, Decision d, String value) throws SQLException {
        if (d.kind() == Decision.Kind.TAKE) {
            writes.sourceHolds(k.id(), k.contactId(), k.field(), value);
        } else {
            writes.personHolds(k.contactId(), k.field());
        }
    }

    private Outcome merge(Conflict k) throws SQLException {
        List<Long> ids = new ArrayList<>();
        Matcher m = ID.matcher(k.current() == null ? "" : k.current());
        while (m.find()) {
            ids.add(Long.parseLong(m.group()));
        }
        if (ids.size() < 2) {
            return rejected(NOT_APPLICABLE, "conflict " + k.id() + " names no contacts to merge ('" + k.current()
                    + "')");
        }
        List<Long> merges = writes.merge(ids);
        return new Outcome("merged", merges.isEmpty() ? "contacts " + ids + " are one contact already (merged before)"
                : "merged " + ids.subList(1, ids.size()) + " into " + ids.get(0) + " (merges " + merges + ")");
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
                        rs.getBoolean(11), rs.getString(12));
            }
        }
    }

    static Outcome rejected(String refusal, String why) {
        return new Outcome("rejected", why, refusal);
    }
}
