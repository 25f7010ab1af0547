package dev.crosswalk.apply;

import dev.crosswalk.db.Copy;
import dev.crosswalk.db.Sql;
import dev.crosswalk.decide.ChangeSet.Conflict;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.protect.FieldEquivalence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The review queue (docs/review.md): one open item per contact and question. A conflict a batch raises is evidence
 * of the open item asking the same question, or opens one; an item shows its latest evidence; an item whose
 * proposal the stored value now equals (or means) settles itself. Every change is audited in the running batch.
 */
public final class ConflictQueue {

    /** Who closes an item whose proposal became the stored value. */
    public static final String SETTLED = "settled";

    private ConflictQueue() {
    }

    /** Adds a chunk's conflicts to the queue as evidence of {@code batch}, from {@code source} when they name none. */
    public static void record(Connection c, long batch, String source, List<Conflict> conflicts) throws SQLException {
        if (conflicts.isEmpty()) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute(Sql.load("queue/stage"));
        }
        Copy.stream(c, "conflict_stage (ord, contact_id, line, field, reason, current_value, incoming_value, "
                + "source, evidence_at)", copy -> {
                    long ord = 0;
                    for (Conflict k : conflicts) {
                        copy.row(ord++, k.contactId(), k.line(), k.field(), k.reason(), k.currentValue(),
                                k.incomingValue(), k.source() == null ? source : k.source(), k.evidenceAt());
                    }
                });
        try (PreparedStatement ps = c.prepareStatement(Sql.load("queue/open"))) {
            ps.setLong(1, batch);
            ps.executeUpdate();
        }
        Set<Long> items = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("queue/evidence"))) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(rs.getLong(1));
                }
            }
        }
        refresh(c, items, batch);
        try (Statement st = c.createStatement()) {
            st.execute(Sql.load("queue/clear"));
        }
    }

    /** The items {@code batch} wrote itself (duplicate candidates) become their own first evidence. */
    public static void firstEvidence(Connection c, long batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("queue/first-evidence"))) {
            ps.setLong(1, batch);
            ps.executeUpdate();
        }
    }

    /** Each item shows its latest evidence again (after evidence came or went), audited in {@code batch}. */
    public static void refresh(Connection c, Collection<Long> items, long batch) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("queue/refresh"))) {
            ps.setArray(1, c.createArrayOf("bigint", items.toArray()));
            ps.setLong(2, batch);
            ps.executeUpdate();
        }
    }

    /**
     * Closes, as {@value #SETTLED} by {@code batch}, every open item whose proposal the stored value now equals or
     * means ({@link FieldEquivalence}); returns how many.
     */
    public static int settle(Connection c, long batch, FieldEquivalence equivalence) throws SQLException {
        List<Long> settled = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("queue/settle-candidates"));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (same(equivalence, rs.getString(2), rs.getString(4), rs.getString(3), rs.getString(5))) {
                    settled.add(rs.getLong(1));
                }
            }
        }
        if (settled.isEmpty()) {
            return 0;
        }
        return resolve(c, settled, SETTLED, "crosswalk: the stored value is the proposal (batch " + batch + ")",
                batch);
    }

    /**
     * Closes, as {@value #SETTLED} by {@code batch}, the open opt-out questions of these contacts: newer evidence
     * answered them (an opt-in newer than the opt-out, or an opt-out that applies), as it would have had it come first.
     */
    public static void answerConsent(Connection c, long batch, List<Long> contacts) throws SQLException {
        if (contacts.isEmpty()) {
            return;
        }
        List<Long> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("queue/consent-questions"))) {
            ps.setArray(1, c.createArrayOf("bigint", contacts.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(rs.getLong(1));
                }
            }
        }
        if (!items.isEmpty()) {
            resolve(c, items, SETTLED, "crosswalk: newer consent evidence answered it (batch " + batch + ")", batch);
        }
    }

    /** Closes open items with a status, saying who, audited in {@code batch}; returns how many it closed. */
    public static int resolve(Connection c, Collection<Long> items, String status, String by, long batch)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("review/resolve"))) {
            ps.setArray(1, c.createArrayOf("bigint", items.toArray()));
            ps.setString(2, status);
            ps.setString(3, by);
            ps.setLong(4, batch);
            return ps.executeUpdate() / 4;
        }
    }

    /** Whether {@code stored} is {@code proposed}: the same value of a contact field, or the same consent. */
    public static boolean same(FieldEquivalence equivalence, String field, String stored, String proposed,
            String country) {
        for (ContactField f : ContactField.values()) {
            if (f.column().equals(field)) {
                return equivalence.equivalent(f, stored, proposed, country);
            }
        }
        return stored == null ? proposed == null : stored.equalsIgnoreCase(proposed);
    }
}
