package dev.crosswalk.erasure;

import dev.crosswalk.model.Identity;
import java.util.List;
import java.util.Set;

/**
 * One person as an erasure finds them: their contacts (the one asked for and every contact merged with it), every
 * email (matching form) and source id they hold, and the personal text of their rows (names, phone, address) that
 * copies outside the tables may spell. Held in memory only while the erasure runs.
 */
public record Person(List<Long> contacts, Set<String> emails, Set<Identity> identities, Set<String> texts) {

    /** The contact an erasure is reported as: the lowest id of the person. */
    public long contact() {
        return contacts.get(0);
    }
}
