package dev.crosswalk.decide;

import dev.crosswalk.consent.ConsentRules;
import dev.crosswalk.consent.ConsentRules.Seen;
import dev.crosswalk.decide.ChangeSet.ChangeLine;
import dev.crosswalk.decide.ChangeSet.FieldChange;
import dev.crosswalk.decide.ChunkPlan.Merge;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.FieldSource;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.protect.LockPolicy;
import dev.crosswalk.protect.Survivorship;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A row whose own keys reach several contacts (Zoho's primary and secondary email, each held by a contact another
 * source made; a Kajabi id on one contact and its new address on another) says they are one person: in an order
 * where that row came first it made one contact of its keys, and the later rows of each key matched it. So they are
 * merged within the batch, into the lowest id, and the contact kept is the one the evidence of both makes, as if
 * every observation had reached one contact: each field's value the survivorship rules pick, the subscription the
 * consent evidence of both makes, every email, id, tag and product (docs/values.md "One person, whatever came
 * first"). The merge is audited, listed in the changes file with the line that named both, and undone with the
 * batch.
 * <p>
 * Unless a person said otherwise: contacts a person kept apart (an AMBIGUOUS or DUPLICATE item kept or dismissed, a
 * merge undone), or a contact holding a person's decision (a lock a person set, a value a person decided) are never
 * merged automatically; the row is AMBIGUOUS, a question for a person, and changes nothing.
 */
final class OnePerson {

    private final LockPolicy policy;
    private final Survivorship survivorship;
    private final ConsentRules consentRules;

    OnePerson(LockPolicy policy, Survivorship survivorship, ConsentRules consentRules) {
        this.policy = policy;
        this.survivorship = survivorship;
        this.consentRules = consentRules;
    }

    /**
     * Whether a person said something that keeps {@code contacts} apart: a lock a person set, a value a person
     * decided, or a pair of them kept apart.
     */
    static boolean saidApart(List<ContactState> contacts, Set<String> keptApart) {
        for (int i = 0; i < contacts.size(); i++) {
            ContactState a = contacts.get(i);
            if (a.lock() != LockLevel.UNLOCKED && LockPolicy.setByPerson(a.lockReason())) {
                return true;
            }
            for (ContactField field : ContactField.values()) {
                FieldSource source = a.source(field);
                if (source != null && source.byPerson()) {
                    return true;
                }
            }
            for (int j = i + 1; j < contacts.size(); j++) {
                if (keptApart.contains(ChunkSnapshot.pair(a.id(), contacts.get(j).id()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Merges {@code contacts} (ids ascending, at least two) into the first, in memory, planning the merges the
     * writer performs after the chunk's rows; the row of {@code line} named them. Returns the contact kept.
     */
    ContactState merge(long line, List<ContactState> contacts, Map<Long, Seen> consent, KeyOwners owners,
            ChunkPlan plan) {
        ContactState kept = contacts.get(0);
        plan.changes().touched(kept);
        Set<Long> merged = new TreeSet<>();
        for (ContactState other : contacts.subList(1, contacts.size())) {
            values(line, kept, other, plan);
            subscription(line, kept, other, consent, plan);
            if (other.undeliverable() && !kept.undeliverable()) {
                plan.fieldChanged(line, kept.id(), "email_undeliverable", "false", "true");
                kept.markUndeliverable();
            }
            kept.tags().addAll(other.tags());
            kept.products().addAll(other.products());
            plan.merge(new Merge(kept.id(), other.id()));
            plan.changes().change(new ChangeLine(line, kept.id(), "contact", "contact " + other.id(),
                    "contact " + kept.id(), "merged: the row names keys of both"));
            merged.add(other.id());
        }
        plan.settle(kept);
        owners.merged(merged, kept.id());
        return kept;
    }

    /** Each field as the greater of the two contacts' observations (the survivorship rules, docs/values.md). */
    private void values(long line, ContactState kept, ContactState other, ChunkPlan plan) {
        String country = kept.value(ContactField.COUNTRY) != null ? kept.value(ContactField.COUNTRY)
                : other.value(ContactField.COUNTRY);
        for (ContactField field : ContactField.values()) {
            String current = kept.value(field);
            String offered = other.value(field);
            FieldSource from = RowDecider.held(policy, other, field);
            switch (survivorship.judge(field, current, RowDecider.held(policy, kept, field), offered, from,
                    country)) {
                case RESTATE -> kept.restate(field, from);
                case REPLACE -> {
                    kept.set(field, offered, from);
                    plan.fieldChanged(line, kept.id(), field.column(), current, offered);
                }
                // neither holds a person's value (saidApart): the kept contact's observation is the greater
                case KEEP, CONTRADICTS_PERSON -> {
                }
            }
        }
    }

    /**
     * The subscription the consent evidence of both makes (consent/ConsentRules); where neither has evidence of a
     * kind, their stored subscriptions combine as a merge does (an opt-in, with its protection, stands).
     */
    private void subscription(long line, ContactState kept, ContactState other, Map<Long, Seen> consent,
            ChunkPlan plan) {
        Seen keptSeen = consent.getOrDefault(kept.id(), Seen.NONE);
        Seen otherSeen = consent.getOrDefault(other.id(), Seen.NONE);
        Seen seen = keptSeen;
        for (ConsentRules.Evidence e : new ConsentRules.Evidence[] {otherSeen.optIn(), otherSeen.optOut()}) {
            if (e != null) {
                seen = seen.with(e);
            }
        }
        consent.put(kept.id(), seen);
        ConsentRules.State keptState = stored(kept);
        ConsentRules.State stored = kept.subscribed() && kept.isProtected()
                || !(other.subscribed() && other.isProtected())
                ? new ConsentRules.State(kept.subscribed() || other.subscribed(), kept.isProtected(),
                        kept.protectedReason(), null)
                : stored(other);
        ConsentRules.State next = consentRules.state(seen, stored);
        if (next.subscribed() != kept.subscribed()) {
            plan.fieldChanged(line, kept.id(), "email_subscribed", Boolean.toString(kept.subscribed()),
                    Boolean.toString(next.subscribed()));
        }
        if (next.isProtected() != kept.isProtected()) {
            plan.fieldChanged(line, kept.id(), "subscription_protected", Boolean.toString(kept.isProtected()),
                    Boolean.toString(next.isProtected()));
        }
        if (!Objects.equals(next.protectedReason(), kept.protectedReason())) {
            plan.changes().audit(new FieldChange("contacts", kept.id(), "update", "subscription_protected_reason",
                    kept.protectedReason(), next.protectedReason()));
        }
        if (next.subscribed() != kept.subscribed() || next.isProtected() != kept.isProtected()
                || !Objects.equals(next.protectedReason(), kept.protectedReason())) {
            kept.subscription(next.subscribed(), next.isProtected(), next.protectedReason());
        }
        ConsentRules.State keptWas = consentRules.state(keptSeen, keptState);
        ConsentRules.State otherWas = consentRules.state(otherSeen, stored(other));
        if (next.asks() && !next.asking().equals(keptWas.asking()) && !next.asking().equals(otherWas.asking())) {
            // the opt-out of the protected opt-in the other order asks about, asked here too
            plan.refused(line, kept.id(), "email_subscribed", "true", "false", ConsentRules.PROTECTED_OPT_IN,
                    new FieldSource(next.asking().source(), next.asking().at(), false, false));
        }
    }

    private static ConsentRules.State stored(ContactState contact) {
        return new ConsentRules.State(contact.subscribed(), contact.isProtected(), contact.protectedReason(), null);
    }
}
