package dev.crosswalk.decide;

import dev.crosswalk.model.ContactData;
import dev.crosswalk.model.EmailAddress;
import dev.crosswalk.model.Identity;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.model.TransactionData;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who a row's keys point at: any id, then any email, and for a payment whose keys reach nobody the contact of the
 * subscription profile it pays. Only live contacts own keys (a key held by a contact merged away matches nobody),
 * and a row that creates or matches a contact lends it its keys, so later rows of the file match it too.
 */
public final class KeyOwners {

    private final Map<Identity, Long> byIdentity;
    private final Map<String, Long> byEmail;
    private final Map<String, Long> byProfile;

    /** The owners stored keys have among {@code live} contacts. */
    public KeyOwners(Map<Identity, Long> identities, Map<String, Long> emails, Map<String, Long> profiles,
            Set<Long> live) {
        byIdentity = new HashMap<>(identities);
        byEmail = new HashMap<>(emails);
        byIdentity.values().retainAll(live);
        byEmail.values().retainAll(live);
        byProfile = profiles;
    }

    /**
     * The contacts the row's keys point at: none (a new person), one, or several (one person known twice: merged,
     * or AMBIGUOUS where a person said otherwise, decide/OnePerson).
     */
    public Set<Long> of(SourceRecord row) {
        Set<Long> owners = byKeys(row.contact());
        String profile = profile(row);
        if (owners.isEmpty() && profile != null && byProfile.containsKey(profile)) {
            owners.add(byProfile.get(profile));
        }
        return owners;
    }

    /** The contacts the row's own ids and emails point at, without the profile's fallback. */
    public Set<Long> byKeys(ContactData data) {
        Set<Long> owners = new LinkedHashSet<>();
        for (Identity i : data.identities()) {
            Long id = byIdentity.get(i);
            if (id != null) {
                owners.add(id);
            }
        }
        for (EmailAddress e : data.emails()) {
            Long id = byEmail.get(e.key());
            if (id != null) {
                owners.add(id);
            }
        }
        return owners;
    }

    boolean knownEmail(String key) {
        return byEmail.containsKey(key);
    }

    boolean knownIdentity(Identity identity) {
        return byIdentity.containsKey(identity);
    }

    /**
     * The row's keys belong to {@code contact} from now on, unless another contact holds them already. Public for
     * match/ChunkLoader, which follows the chunk's rows ahead of deciding them.
     */
    public void claim(ContactData data, long contact) {
        data.identities().forEach(i -> byIdentity.putIfAbsent(i, contact));
        data.emails().forEach(e -> byEmail.putIfAbsent(e.key(), contact));
    }

    /** The keys of {@code merged} belong to {@code survivor} from now on (decide/OnePerson). */
    public void merged(Set<Long> merged, long survivor) {
        byIdentity.replaceAll((key, owner) -> merged.contains(owner) ? survivor : owner);
        byEmail.replaceAll((key, owner) -> merged.contains(owner) ? survivor : owner);
    }

    /** The PayPal subscription profile (I-…) a payment belongs to, or null. */
    public static String profile(SourceRecord row) {
        TransactionData t = row.transaction();
        return t == null ? null : t.subscriptionReference();
    }
}
