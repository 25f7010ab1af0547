package dev.crosswalk.match;

import dev.crosswalk.db.Sequences;
import dev.crosswalk.decide.ChunkSnapshot.SubscriptionPayers;
import dev.crosswalk.decide.ChunkSnapshot;
import dev.crosswalk.decide.ContactState;
import dev.crosswalk.decide.KeyOwners;
import dev.crosswalk.consent.ConsentRules.Seen;
import dev.crosswalk.match.ContactMatcher.Matches;
import dev.crosswalk.model.Identity;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.model.SubscriptionData;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads, in one set of queries, the state of every contact a chunk's keys can reach: who holds each id, email and
 * subscription profile, those contacts with their labels, where their values came from, the values a person
 * declined for them, and their consent evidence, the erased rows, ids for the
 * contacts the chunk may create, and the facts about second payers of its subscriptions. One loader per batch
 * (it holds the batch's tombstone check); it decides nothing.
 */
public final class ChunkLoader {

    private final ContactMatcher matcher = new ContactMatcher();
    private final String source;
    private final String system;
    private final ErasedRows erasedRows;

    /** {@code source}: the inbox's name (its products); {@code system}: the source its money records belong to. */
    public ChunkLoader(String source, String system, ErasedRows erasedRows) {
        this.source = source;
        this.system = system;
        this.erasedRows = erasedRows;
    }

    public ChunkSnapshot load(Connection c, List<SourceRecord> chunk) throws SQLException {
        Map<Long, String> erased = new HashMap<>();
        erasedRows.of(c, chunk).forEach((line, on) -> erased.put(line, ErasedRows.reason(on)));
        List<SourceRecord> rows = new ArrayList<>(chunk.size());
        Set<Identity> identities = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        Set<String> profiles = new LinkedHashSet<>();
        for (SourceRecord row : chunk) {
            if (erased.containsKey(row.line())) {
                continue;
            }
            rows.add(row);
            identities.addAll(row.contact().identities());
            row.contact().emails().forEach(e -> emails.add(e.key()));
            String profile = KeyOwners.profile(row);
            if (profile != null) {
                profiles.add(profile);
            }
        }
        Matches matches = matcher.lookup(c, identities, emails);
        Map<String, Long> profileOwners = matcher.profileOwners(c, profiles);
        Set<Long> reached = new LinkedHashSet<>(matches.byIdentity().values());
        reached.addAll(matches.byEmail().values());
        reached.addAll(profileOwners.values());
        Map<Long, ContactState> contacts = matcher.contacts(c, reached);
        matcher.loadLabels(c, contacts, source);
        matcher.loadSources(c, contacts);
        KeyOwners owners = new KeyOwners(matches.byIdentity(), matches.byEmail(), profileOwners, contacts.keySet());
        Set<Long> withConsent = new LinkedHashSet<>();
        int unmatched = 0;
        for (SourceRecord row : rows) {
            Set<Long> rowOwners = owners.of(row);
            unmatched += rowOwners.isEmpty() ? 1 : 0;
            if (row.contact().consent() != null) {
                withConsent.addAll(rowOwners);
            }
        }
        Set<Long> together = onePerson(rows, matches, profileOwners, contacts.keySet());
        withConsent.addAll(together);
        Map<Long, Seen> consent = matcher.consent(c, withConsent);
        long[] newIds = Sequences.next(c, "contacts_id_seq", unmatched);
        Map<String, SubscriptionPayers> subscriptionPayers = subscriptionPayers(c, rows);
        SecondPayers second = secondPayers(rows, owners, profileOwners, subscriptionPayers);
        return new ChunkSnapshot(erased, matches.byIdentity(), matches.byEmail(), profileOwners, contacts,
                consent, newIds, subscriptionPayers, matcher.payerFacts(c, second.payers()),
                matcher.suggestedMerges(c, second.pairs()), matcher.declined(c, contacts.keySet()),
                matcher.keptApart(c, together));
    }

    /**
     * The stored contacts the chunk's rows may find to be one person (decide/OnePerson): those a row's keys reach
     * together, the rows followed in file order as deciding follows them (a key a row lends its contact; contacts
     * found together counted as one). Their consent evidence and whether a person kept them apart are read with the
     * chunk. Contacts the chunk creates are left out: nothing stored is known of them.
     */
    private static Set<Long> onePerson(List<SourceRecord> rows, Matches matches, Map<String, Long> profileOwners,
            Set<Long> live) {
        KeyOwners ahead = new KeyOwners(matches.byIdentity(), matches.byEmail(), profileOwners, live);
        Set<Long> together = new LinkedHashSet<>();
        for (SourceRecord row : rows) {
            Set<Long> rowOwners = ahead.of(row);
            if (rowOwners.isEmpty()) {
                continue;
            }
            long kept = rowOwners.stream().min(Long::compare).orElseThrow();
            if (rowOwners.size() > 1) {
                together.addAll(rowOwners);
                ahead.merged(rowOwners, kept);
            }
            ahead.claim(row.contact(), kept);
        }
        return together;
    }

    private Map<String, SubscriptionPayers> subscriptionPayers(Connection c, List<SourceRecord> rows)
            throws SQLException {
        List<String> externalIds = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        for (SourceRecord row : rows) {
            SubscriptionData s = row.subscription();
            if (s != null) {
                externalIds.add(s.externalId());
                profiles.add(s.providerReference());
            }
        }
        return matcher.subscriptionPayers(c, system, externalIds, profiles);
    }

    /** The contacts that may turn out to pay someone else's subscription, and the pairs they would form. */
    private record SecondPayers(Set<Long> payers, Set<String> pairs) {

        void add(long owner, long payer) {
            if (owner != payer) {
                payers.add(payer);
                pairs.add(ChunkSnapshot.pair(owner, payer));
            }
        }
    }

    /**
     * A payment's profile owner against every contact its keys reach; a subscription's payers against every
     * contact the row may belong to: what deciding finds, read before the rows are decided. Not followed: a key a
     * row lends a stored contact within the chunk (a new email first seen beside a known one). A pair found only
     * through it is suggested, never merged, and may be suggested again.
     */
    private static SecondPayers secondPayers(List<SourceRecord> rows, KeyOwners owners,
            Map<String, Long> profileOwners, Map<String, SubscriptionPayers> subscriptionPayers) {
        SecondPayers second = new SecondPayers(new LinkedHashSet<>(), new LinkedHashSet<>());
        if (profileOwners.isEmpty() && subscriptionPayers.isEmpty()) {
            return second;
        }
        for (SourceRecord row : rows) {
            String profile = KeyOwners.profile(row);
            Long profileOwner = profile == null ? null : profileOwners.get(profile);
            if (profileOwner != null) {
                owners.byKeys(row.contact()).forEach(payer -> second.add(profileOwner, payer));
            }
            SubscriptionData s = row.subscription();
            SubscriptionPayers paid = s == null ? null : subscriptionPayers.get(s.externalId());
            if (paid != null) {
                Set<Long> rowOwners = owners.byKeys(row.contact());
                if (paid.owner() != null) {
                    rowOwners.add(paid.owner());
                }
                if (rowOwners.isEmpty()) {
                    // the row creates its contact: no pair with it was ever suggested
                    second.payers().addAll(paid.payers());
                }
                paid.payers().forEach(payer -> rowOwners.forEach(owner -> second.add(owner, payer)));
            }
        }
        return second;
    }
}
