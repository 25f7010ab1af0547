package dev.crosswalk.decide;

import dev.crosswalk.decide.ChangeSet.Conflict;
import dev.crosswalk.decide.ChangeSet.NewIdentity;
import dev.crosswalk.decide.ChunkPlan.Merge;
import dev.crosswalk.decide.ChunkSnapshot.SubscriptionPayers;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.model.SubscriptionData;
import dev.crosswalk.source.SourceDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A subscription paid through its provider profile (PayPal I-…) by a contact other than its own is most likely one
 * person known twice: PayPal payments imported before the subscription they pay, or paid from an address that
 * already made another contact. A payer known only to PayPal is merged into the subscription's contact (the same
 * person the other order of arrival gives); any other pair becomes an AMBIGUOUS conflict suggesting the merge, once
 * per pair of contacts, on the first line that revealed it.
 */
final class ProfilePayers {

    static final String AMBIGUOUS = "AMBIGUOUS";

    private record Pair(long line, long owner, long payer, String profile) {
    }

    private final SourceDefinition source;

    ProfilePayers(SourceDefinition source) {
        this.source = source;
    }

    /** Finds the chunk's second payers among its decided rows, and plans their merges and suggestions. */
    void decide(ChunkSnapshot snapshot, Map<Long, ContactState> contacts, ChunkPlan plan) {
        List<Pair> pairs = pairs(snapshot, plan);
        if (pairs.isEmpty()) {
            return;
        }
        Map<Long, Long> mergedInto = merges(pairs, snapshot, contacts, plan);
        mergedInto.forEach((payer, owner) -> plan.merge(new Merge(owner, payer)));
        suggest(pairs, mergedInto, snapshot.suggestedMerges(), plan);
    }

    /** Each payer known only to PayPal, and the contact (the lowest id, if several) it is merged into. */
    private Map<Long, Long> merges(List<Pair> pairs, ChunkSnapshot snapshot, Map<Long, ContactState> contacts,
            ChunkPlan plan) {
        Map<Long, Long> mergedInto = new TreeMap<>();
        for (Pair p : pairs) {
            PayerFacts facts = facts(p.payer(), snapshot, contacts, plan);
            if (facts != null && facts.knownOnlyAsPayPalPayer()) {
                mergedInto.merge(p.payer(), p.owner(), Math::min);
            }
        }
        return mergedInto;
    }

    /**
     * The pairs still two contacts after the merges: one AMBIGUOUS conflict per pair not suggested before, on the
     * first line that revealed it, in the order of the pair's ids.
     */
    private static void suggest(List<Pair> pairs, Map<Long, Long> mergedInto, Set<String> suggestedBefore,
            ChunkPlan plan) {
        Map<String, Pair> suggestions = new HashMap<>();
        for (Pair p : pairs) {
            long payer = mergedInto.getOrDefault(p.payer(), p.payer());
            if (payer != p.owner()) {
                suggestions.merge(ChunkSnapshot.pair(p.owner(), payer), new Pair(p.line(), p.owner(), payer, p.profile()),
                        (a, b) -> a.line() <= b.line() ? a : b);
            }
        }
        suggestions.entrySet().stream().filter(e -> !suggestedBefore.contains(e.getKey()))
                .sorted(Comparator.comparingLong((Map.Entry<String, Pair> e) -> lower(e.getValue()))
                        .thenComparingLong(e -> higher(e.getValue())))
                .forEach(e -> {
                    Pair p = e.getValue();
                    plan.conflict(new Conflict(p.owner(), p.line(), "contact", e.getKey(),
                            "pays subscription profile " + p.profile(), AMBIGUOUS, null, null));
                    plan.conflictOn(p.line());
                });
    }

    /**
     * (subscription's contact, another contact paying it) for the chunk's payments naming a known profile, and for
     * the chunk's subscriptions already paid, or about to be linked to payments, by another contact. Contacts a row
     * found to be one person count as the one kept (decide/OnePerson).
     */
    private static List<Pair> pairs(ChunkSnapshot snapshot, ChunkPlan plan) {
        List<Pair> pairs = new ArrayList<>();
        for (SourceRecord row : plan.rows()) {
            Long contact = survivor(plan, plan.contactIds().get(row.line()));
            String profile = KeyOwners.profile(row);
            Long owner = profile == null ? null : survivor(plan, snapshot.profileOwners().get(profile));
            if (owner != null && contact != null && !owner.equals(contact)) {
                pairs.add(new Pair(row.line(), owner, contact, profile));
            }
        }
        for (SourceRecord row : plan.rows()) {
            SubscriptionData s = row.subscription();
            SubscriptionPayers paid = s == null ? null : snapshot.subscriptionPayers().get(s.externalId());
            if (paid == null) {
                continue;
            }
            Long contact = plan.contactIds().get(row.line());
            long owner = survivor(plan, contact != null ? contact : paid.owner());
            String profile = s.providerReference() != null ? s.providerReference() : paid.profile();
            paid.payers().stream().map(plan::survivor).distinct().filter(payer -> payer != owner)
                    .forEach(payer -> pairs.add(new Pair(row.line(), owner, payer, profile)));
        }
        return pairs;
    }

    private static Long survivor(ChunkPlan plan, Long contact) {
        return contact == null ? null : plan.survivor(contact);
    }

    /** What is known of a payer: as loaded, or, for a contact this chunk creates, as the chunk makes it. */
    private PayerFacts facts(long payer, ChunkSnapshot snapshot, Map<Long, ContactState> contacts, ChunkPlan plan) {
        ContactState created = contacts.get(payer);
        if (created == null || !created.created()) {
            return snapshot.payers().get(payer);
        }
        boolean hasIdentity = plan.changes().identities().stream().map(NewIdentity::contactId)
                .anyMatch(id -> id == payer);
        boolean otherSource = !PayerFacts.PAYPAL.equals(source.system());
        return new PayerFacts(created.sourceSystem(), created.lockReason(), !PayerFacts.PAYPAL.equals(source.name()),
                hasIdentity, !created.tags().isEmpty(), otherSource);
    }

    private static long lower(Pair p) {
        return Math.min(p.owner(), p.payer());
    }

    private static long higher(Pair p) {
        return Math.max(p.owner(), p.payer());
    }
}
