package dev.crosswalk.decide;

import dev.crosswalk.consent.ConsentRules.Seen;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.Identity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a chunk's decisions depend on, read in one set of queries before any row is decided (match/ChunkLoader):
 * everything the chunk's keys reach, nothing more. Owners are as stored, contacts merged away included: deciding
 * drops keys whose contact is not among the live {@code contacts}. {@code contacts} are handed over to the
 * decision, which changes them in memory as rows apply.
 *
 * @param erased lines skipped before matching (a key of a person erased on request), with the reason
 * @param identityOwners the contact holding each (source, id) of the chunk
 * @param emailOwners the contact holding each email (matching form) of the chunk
 * @param profileOwners the contact of the subscription each payment's profile (PayPal I-…) names
 * @param contacts the live contacts the keys reach, by id
 * @param consent the consent evidence that counts (consent/ConsentRules) of the contacts rows with consent reach
 * @param newIds contact ids reserved for the rows no stored key reaches (at least as many as they create)
 * @param subscriptionPayers by subscription external id: who the stored subscription belongs to (null when new), and who pays it
 * @param payers what is known about each contact that may be a profile's second payer
 * @param suggestedMerges the pairs of contacts an open or decided AMBIGUOUS conflict already names
 *     ("contacts 3, 7")
 * @param declined by contact and field: the values a person declined (a kept conflict), never proposed again
 * @param keptApart the pairs of the contacts rows may find to be one person ("contacts 3, 7") that a person said
 *     are different people (decide/OnePerson)
 */
public record ChunkSnapshot(Map<Long, String> erased, Map<Identity, Long> identityOwners,
        Map<String, Long> emailOwners, Map<String, Long> profileOwners, Map<Long, ContactState> contacts,
        Map<Long, Seen> consent, long[] newIds, Map<String, SubscriptionPayers> subscriptionPayers,
        Map<Long, PayerFacts> payers, Set<String> suggestedMerges,
        Map<Long, Map<ContactField, List<String>>> declined, Set<String> keptApart) {

    /** How a conflict names a pair of contacts ("contacts 3, 7"): lower id first, whichever pays. */
    public static String pair(long a, long b) {
        return "contacts " + Math.min(a, b) + ", " + Math.max(a, b);
    }

    /** A stored subscription a chunk's row restates: its contact, its provider profile and its payments' contacts. */
    public record SubscriptionPayers(Long owner, String profile, Set<Long> payers) {
    }
}
