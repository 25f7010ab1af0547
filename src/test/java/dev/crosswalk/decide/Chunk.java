package dev.crosswalk.decide;

import dev.crosswalk.consent.ConsentRules;
import dev.crosswalk.consent.ConsentRules.Seen;
import dev.crosswalk.decide.ChangeSet.ChangeLine;
import dev.crosswalk.decide.ChangeSet.Conflict;
import dev.crosswalk.decide.ChunkSnapshot.SubscriptionPayers;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.FieldGroup;
import dev.crosswalk.model.Identity;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.model.SourcePrecedence;
import dev.crosswalk.protect.FieldEquivalence;
import dev.crosswalk.protect.LockPolicy;
import dev.crosswalk.source.ConsentRole;
import dev.crosswalk.source.SourceDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chunk to decide without a database: the stored state its keys reach (what match/ChunkLoader would read) and
 * its rows; {@link #decide} runs the decision core on them. Stored contacts get ids below 100, contacts the chunk
 * creates get 1000, 1001, … in row order.
 */
final class Chunk {

    static final long FIRST_NEW_ID = 1000;
    static final FieldEquivalence EQUIVALENCE = new FieldEquivalence("US");

    /** import_lock_rules as shipped (docs/importing.md "Protect"). */
    static Map<LockLevel, Set<FieldGroup>> shippedRules() {
        Map<LockLevel, Set<FieldGroup>> rules = new EnumMap<>(LockLevel.class);
        rules.put(LockLevel.FULL_LOCK, EnumSet.noneOf(FieldGroup.class));
        rules.put(LockLevel.PARTIAL_LOCK, EnumSet.of(FieldGroup.SUBSCRIPTION));
        rules.put(LockLevel.UNLOCKED, EnumSet.of(FieldGroup.SUBSCRIPTION, FieldGroup.NAME, FieldGroup.ADDRESS));
        return rules;
    }

    static SourceDefinition source(String name, LockLevel initialLock, ConsentRole role) {
        return new SourceDefinition(name, name, initialLock, initialLock == LockLevel.UNLOCKED ? null
                : "auto: " + name + " contacts start " + initialLock, role, List.of());
    }

    static final SourceDefinition KAJABI = source("kajabi", LockLevel.UNLOCKED, ConsentRole.AUTHORITATIVE);
    static final SourceDefinition PAYPAL = source("paypal", LockLevel.UNLOCKED, ConsentRole.INFORMATIONAL);
    static final SourceDefinition MANUAL = source("manual", LockLevel.FULL_LOCK, ConsentRole.AUTHORITATIVE);

    static ChunkDecider decider(SourceDefinition source) {
        return decider(source, false, false);
    }

    static ChunkDecider decider(SourceDefinition source, boolean approveFillsOnFullLock, boolean autoHonourOptOuts) {
        return new ChunkDecider(source, new LockPolicy(shippedRules(), approveFillsOnFullLock), PRECEDENCE,
                EQUIVALENCE, new ConsentRules(autoHonourOptOuts));
    }

    /** The shipped precedence (application.properties), for both groups. */
    static final SourcePrecedence PRECEDENCE = new SourcePrecedence(Map.of(
            FieldGroup.NAME, List.of("manual", "zoho", "kajabi", "ticket-tailor", "paypal", "mailchimp"),
            FieldGroup.ADDRESS, List.of("manual", "zoho", "kajabi", "ticket-tailor", "paypal", "mailchimp")));

    /** When the rows of these tests say their data was true (their file's export time). */
    static final Instant EXPORTED = Instant.parse("2026-11-30T12:00:00Z");

    /** A stored contact from kajabi with these fields, unsubscribed. */
    static ContactState stored(long id, LockLevel lock, String email, Map<ContactField, String> fields) {
        return new ContactState(id, false, email, "kajabi", lock, null, fields, false, false, null, false);
    }

    static ContactData person(String email) {
        return new ContactData().email(email.toLowerCase(java.util.Locale.ROOT), email, "primary")
                .evidenceAt(EXPORTED);
    }

    private final Map<Long, String> erased = new HashMap<>();
    private final Map<Identity, Long> identities = new HashMap<>();
    private final Map<String, Long> emails = new HashMap<>();
    private final Map<String, Long> profiles = new HashMap<>();
    private final Map<Long, ContactState> contacts = new HashMap<>();
    private final Map<Long, Seen> consent = new HashMap<>();
    private final Map<String, SubscriptionPayers> subscriptions = new HashMap<>();
    private final Map<Long, PayerFacts> payers = new HashMap<>();
    private final Set<String> suggested = new HashSet<>();
    private final Map<Long, Map<ContactField, List<String>>> declined = new HashMap<>();
    private final Set<String> keptApart = new HashSet<>();
    private final List<SourceRecord> rows = new ArrayList<>();

    /** A live stored contact holding its email. */
    Chunk contact(ContactState contact) {
        contacts.put(contact.id(), contact);
        if (contact.email() != null) {
            emails.put(contact.email().toLowerCase(java.util.Locale.ROOT), contact.id());
        }
        return this;
    }

    Chunk email(String key, long owner) {
        emails.put(key, owner);
        return this;
    }

    Chunk identity(String source, String externalId, long owner) {
        identities.put(new Identity(source, externalId), owner);
        return this;
    }

    Chunk profile(String profile, long owner) {
        profiles.put(profile, owner);
        return this;
    }

    Chunk erased(long line, String reason) {
        erased.put(line, reason);
        return this;
    }

    /** Consent evidence stored for a contact (consent_events). */
    Chunk consent(long contact, ConsentRules.Evidence evidence) {
        consent.merge(contact, Seen.NONE.with(evidence), (a, b) -> a.with(evidence));
        return this;
    }

    Chunk subscriptionPaidBy(String externalId, Long owner, String profile, Long... payerIds) {
        subscriptions.put(externalId, new SubscriptionPayers(owner, profile, new LinkedHashSet<>(List.of(payerIds))));
        return this;
    }

    Chunk payer(long contact, PayerFacts facts) {
        payers.put(contact, facts);
        return this;
    }

    Chunk suggested(String pair) {
        suggested.add(pair);
        return this;
    }

    /** A person said the two contacts are different people (an AMBIGUOUS or DUPLICATE item kept). */
    Chunk keptApart(long a, long b) {
        keptApart.add(ChunkSnapshot.pair(a, b));
        return this;
    }

    /** A person declined {@code value} for the contact's field (a kept conflict). */
    Chunk declined(long contact, ContactField field, String value) {
        declined.computeIfAbsent(contact, k -> new EnumMap<>(ContactField.class))
                .computeIfAbsent(field, k -> new ArrayList<>()).add(value);
        return this;
    }

    Chunk row(SourceRecord row) {
        rows.add(row);
        return this;
    }

    Chunk row(long line, ContactData data) {
        return row(new SourceRecord(line, data));
    }

    ContactState contact(long id) {
        return contacts.get(id);
    }

    ChunkSnapshot snapshot() {
        long[] newIds = new long[rows.size()];
        for (int i = 0; i < newIds.length; i++) {
            newIds[i] = FIRST_NEW_ID + i;
        }
        return new ChunkSnapshot(erased, identities, emails, profiles, contacts, consent, newIds,
                subscriptions, payers, suggested, declined, keptApart);
    }

    ChunkPlan decide(ChunkDecider decider) {
        return decider.decide(rows, snapshot());
    }

    // what a plan says, in the terms of the changes file

    /** "field: old → new (outcome)" per change line of {@code line}. */
    static List<String> changes(ChunkPlan plan, long line) {
        List<String> out = new ArrayList<>();
        for (ChangeLine c : plan.changes().changes()) {
            if (c.line() == line) {
                out.add(c.field() + ": " + c.oldValue() + " → " + c.newValue() + " (" + c.outcome() + ")");
            }
        }
        return out;
    }

    /** "field reason" per conflict, in order. */
    static List<String> conflicts(ChunkPlan plan) {
        List<String> out = new ArrayList<>();
        for (Conflict c : plan.changes().conflicts()) {
            out.add("line " + c.line() + " contact " + c.contactId() + " " + c.field() + " " + c.reason() + ": "
                    + c.currentValue() + " / " + c.incomingValue());
        }
        return out;
    }
}
