package dev.crosswalk.match;

import dev.crosswalk.db.Sql;
import dev.crosswalk.decide.ChunkSnapshot;
import dev.crosswalk.decide.ChunkSnapshot.SubscriptionPayers;
import dev.crosswalk.decide.ContactState;
import dev.crosswalk.consent.ConsentRules.Evidence;
import dev.crosswalk.consent.ConsentRules.Seen;
import dev.crosswalk.decide.PayerFacts;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.Identity;
import dev.crosswalk.model.LockLevel;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Set-based lookups for one chunk (match/ChunkLoader): every identity and every email of the chunk in one query
 * each, then the matched contacts, their labels and their newest consent, and the facts about second payers of
 * subscriptions, in one query each. No query per row.
 */
final class ContactMatcher {

    /** Who the chunk's keys already belong to. */
    record Matches(Map<Identity, Long> byIdentity, Map<String, Long> byEmail) {
    }

    Matches lookup(Connection c, Collection<Identity> identities, Collection<String> emails)
            throws SQLException {
        Map<Identity, Long> byIdentity = new HashMap<>();
        if (!identities.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(Sql.load("match/identities"))) {
                ps.setArray(1, textArray(c, identities.stream().map(Identity::source).toList()));
                ps.setArray(2, textArray(c, identities.stream().map(Identity::externalId).toList()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byIdentity.put(new Identity(rs.getString(1), rs.getString(2)), rs.getLong(3));
                    }
                }
            }
        }
        Map<String, Long> byEmail = new HashMap<>();
        if (!emails.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(Sql.load("match/emails"))) {
                ps.setArray(1, textArray(c, emails));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byEmail.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        return new Matches(byIdentity, byEmail);
    }

    /** The contact paying each of these subscription profiles (PayPal I-…), where a subscription names it. */
    Map<String, Long> profileOwners(Connection c, Collection<String> profiles) throws SQLException {
        Map<String, Long> payers = new HashMap<>();
        if (profiles.isEmpty()) {
            return payers;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("match/subscription-contacts"))) {
            ps.setArray(1, textArray(c, profiles));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    payers.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return payers;
    }

    Map<Long, ContactState> contacts(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, ContactState> states = new HashMap<>();
        if (ids.isEmpty()) {
            return states;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("match/contacts"))) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<ContactField, String> values = new EnumMap<>(ContactField.class);
                    for (ContactField f : ContactField.values()) {
                        String v = rs.getString(f.column());
                        if (v != null) {
                            values.put(f, v);
                        }
                    }
                    long id = rs.getLong("id");
                    states.put(id, new ContactState(id, false, rs.getString("email"), rs.getString("source_system"),
                            LockLevel.valueOf(rs.getString("lock_level")), rs.getString("lock_reason"), values,
                            rs.getBoolean("email_subscribed"), rs.getBoolean("subscription_protected"),
                            rs.getString("subscription_protected_reason"), rs.getBoolean("email_undeliverable")));
                }
            }
        }
        return states;
    }

    /** Adds where each loaded contact's stored values came from. */
    void loadSources(Connection c, Map<Long, ContactState> states) throws SQLException {
        if (states.isEmpty()) {
            return;
        }
        StoredProvenance provenance = new StoredProvenance();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("match/field-sources"))) {
            ps.setArray(1, c.createArrayOf("bigint", states.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    provenance.read(rs.getString(2), states.get(rs.getLong(1)));
                }
            } catch (IOException unreadable) {
                throw new SQLException(unreadable.getMessage(), unreadable);
            }
        }
    }

    /** By contact and field: the values a person declined (kept conflicts) for the loaded contacts. */
    Map<Long, Map<ContactField, List<String>>> declined(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, Map<ContactField, List<String>>> declined = new HashMap<>();
        if (ids.isEmpty()) {
            return declined;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("match/declined"))) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ContactField field = ContactField.ofColumn(rs.getString(2));
                    if (field != null) {
                        declined.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(ContactField.class))
                                .computeIfAbsent(field, k -> new ArrayList<>()).add(rs.getString(3));
                    }
                }
            }
        }
        return declined;
    }

    /** Adds the tags and (this source's) products the loaded contacts already have. */
    void loadLabels(Connection c, Map<Long, ContactState> states, String source) throws SQLException {
        if (states.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("match/labels"))) {
            Array ids = c.createArrayOf("bigint", states.keySet().toArray());
            ps.setArray(1, ids);
            ps.setArray(2, ids);
            ps.setString(3, source);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ContactState s = states.get(rs.getLong(1));
                    ("tag".equals(rs.getString(2)) ? s.tags() : s.products()).add(rs.getString(3));
                }
            }
        }
    }

    /** The consent evidence that counts for each contact: its greatest opt-in and opt-out. */
    Map<Long, Seen> consent(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, Seen> latest = new HashMap<>();
        if (ids.isEmpty()) {
            return latest;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("match/latest-consent"))) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(3);
                    Evidence e = new Evidence(rs.getBoolean(2), at.toInstant(), rs.getString(4), rs.getString(6),
                            rs.getBoolean(5));
                    latest.merge(rs.getLong(1), Seen.NONE.with(e), (a, b) -> a.with(e));
                }
            }
        }
        return latest;
    }

    /**
     * The stored subscriptions among {@code externalIds} (this source's), and the contacts of the payments that
     * pay them or that their {@code profiles} (same order) are about to link.
     */
    Map<String, SubscriptionPayers> subscriptionPayers(Connection c, String source, List<String> externalIds,
            List<String> profiles) throws SQLException {
        Map<String, SubscriptionPayers> paid = new HashMap<>();
        if (externalIds.isEmpty()) {
            return paid;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("match/subscription-payers"))) {
            ps.setString(1, source);
            ps.setArray(2, textArray(c, externalIds));
            ps.setArray(3, textArray(c, profiles));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SubscriptionPayers s = paid.get(rs.getString(1));
                    if (s == null) {
                        long owner = rs.getLong(2);
                        s = new SubscriptionPayers(rs.wasNull() ? null : owner, rs.getString(3), new HashSet<>());
                        paid.put(rs.getString(1), s);
                    }
                    s.payers().add(rs.getLong(4));
                }
            }
        }
        return paid;
    }

    /** What is known about each of these live contacts that may be a subscription's second payer. */
    Map<Long, PayerFacts> payerFacts(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, PayerFacts> facts = new HashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("match/payer-facts"))) {
            ps.setString(1, PayerFacts.PAYPAL);
            ps.setArray(2, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    facts.put(rs.getLong(1), new PayerFacts(rs.getString(2), rs.getString(3), rs.getBoolean(4),
                            rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7)));
                }
            }
        }
        return facts;
    }

    /** Which of these pairs ("contacts 3, 7") an AMBIGUOUS conflict already names. */
    Set<String> suggestedMerges(Connection c, Collection<String> pairs) throws SQLException {
        Set<String> suggested = new HashSet<>();
        if (pairs.isEmpty()) {
            return suggested;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("match/suggested-merges"))) {
            ps.setArray(1, textArray(c, pairs));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    suggested.add(rs.getString(1));
                }
            }
        }
        return suggested;
    }

    /** The pairs of these contacts ("contacts 3, 7") a person said are different people (decide/OnePerson). */
    Set<String> keptApart(Connection c, Collection<Long> ids) throws SQLException {
        Set<String> apart = new HashSet<>();
        if (ids.size() < 2) {
            return apart;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("match/kept-apart"))) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    apart.add(ChunkSnapshot.pair(rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        return apart;
    }

    private static Array textArray(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }
}
