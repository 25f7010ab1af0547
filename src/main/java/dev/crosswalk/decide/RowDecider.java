package dev.crosswalk.decide;

import dev.crosswalk.consent.ConsentDecision;
import dev.crosswalk.consent.ConsentRules;
import dev.crosswalk.consent.ConsentRules.Seen;
import dev.crosswalk.decide.ChangeSet.Conflict;
import dev.crosswalk.decide.ChangeSet.ConsentEvent;
import dev.crosswalk.decide.ChangeSet.FieldChange;
import dev.crosswalk.decide.ChangeSet.Label;
import dev.crosswalk.decide.ChangeSet.NewEmail;
import dev.crosswalk.decide.ChangeSet.NewIdentity;
import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.EmailAddress;
import dev.crosswalk.model.FieldGroup;
import dev.crosswalk.model.FieldSource;
import dev.crosswalk.model.Identity;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.protect.FieldEquivalence;
import dev.crosswalk.protect.LockPolicy;
import dev.crosswalk.protect.Survivorship;
import dev.crosswalk.source.ConsentRole;
import dev.crosswalk.source.SourceDefinition;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides, for one row and the contact it matched (or creates), which of its values are stored (the survivorship
 * rules, {@link Survivorship}: evidence, not arrival), which become questions for a person (a person's value
 * contradicted, a fill a person's FULL_LOCK asks to approve), and what its consent observation does; records it all
 * into the chunk's {@link ChunkPlan}. Rows of one file that reach the same contact meet what earlier rows left: what
 * a later row changes is audited, counted and listed like a change to any contact, and a contact the file itself
 * created is not locked against the file (whichever chunk the later row falls in: the created ids are kept for the
 * whole batch).
 */
final class RowDecider {

    private final SourceDefinition source;
    private final LockPolicy policy;
    private final FieldEquivalence equivalence;
    private final Survivorship survivorship;
    private final ConsentRules consentRules;
    private static final String INFORMATIONAL = "informational source: recorded only";

    private final CreatedContacts createdByBatch = new CreatedContacts();
    /** contact and field (id × fields + ordinal) of the FILL_BLANK questions this batch asked */
    private final Set<Long> fillsAsked = new HashSet<>();

    RowDecider(SourceDefinition source, LockPolicy policy, FieldEquivalence equivalence,
            Survivorship survivorship, ConsentRules consentRules) {
        this.source = source;
        this.policy = policy;
        this.equivalence = equivalence;
        this.survivorship = survivorship;
        this.consentRules = consentRules;
    }

    /** Creates the row's contact (its outcome is NEW) and returns it. */
    ContactState create(SourceRecord row, long id, Map<Long, Seen> consent, ChunkPlan plan) {
        ChangeSet set = plan.changes();
        ContactData data = row.contact();
        EmailAddress primary = data.primaryEmail();
        ContactState state = new ContactState(id, true, primary == null ? null : primary.display(), source.system(),
                source.initialLock(), source.initialLockReason(), data.fields(), false, false, null,
                data.undeliverable() && primary != null);
        FieldSource offered = FieldSource.observed(source.name(), data);
        data.fields().keySet().forEach(field -> state.sourceLoaded(field, offered));
        ConsentObservation obs = data.consent();
        if (obs != null) {
            ConsentDecision d = decideConsent(obs, state, consent, true);
            if (d == null) {
                recordConsent(plan, id, primary, obs, false, INFORMATIONAL, false);
            } else {
                state.subscription(d.state().subscribed(), d.state().isProtected(), d.state().protectedReason());
                recordConsent(plan, id, primary, obs, d.applied(), obs.subscribed() ? "opt-in on creation"
                        : "opt-out on creation", true);
            }
        }
        data.emails().forEach(e -> set.email(new NewEmail(id, e, false)));
        data.identities().forEach(i -> set.identity(new NewIdentity(id, i, false)));
        data.tags().forEach(t -> set.tag(new Label(id, t, false)));
        data.products().forEach(p -> set.product(new Label(id, p, false)));
        state.tags().addAll(data.tags());
        state.products().addAll(data.products());
        set.created(state);
        createdByBatch.add(id);
        set.change(new ChangeSet.ChangeLine(row.line(), id, "contact", null,
                primary == null ? null : primary.display(), "new"));
        return state;
    }

    /**
     * Applies a row to the one contact it matched; {@code owners} says which keys already belong to a contact (it
     * can only be this one: a row matching two contacts never gets here). Returns the row's outcome as far as the
     * contact is concerned.
     */
    RowOutcome update(SourceRecord row, ContactState state, KeyOwners owners, Map<Long, Seen> consent,
            Map<Long, Map<ContactField, List<String>>> declined, ChunkPlan plan) {
        ChangeSet set = plan.changes();
        set.touched(state);
        ContactData data = row.contact();
        long line = row.line();
        boolean changed = false;
        boolean conflict = false;
        String country = state.value(ContactField.COUNTRY) != null ? state.value(ContactField.COUNTRY)
                : data.fields().get(ContactField.COUNTRY);
        FieldSource offered = FieldSource.observed(source.name(), data);
        for (Map.Entry<ContactField, String> e : data.fields().entrySet()) {
            ContactField field = e.getKey();
            String current = state.value(field);
            String incoming = e.getValue();
            switch (survivorship.judge(field, current, held(state, field), incoming, offered, country)) {
                case KEEP -> {
                }
                case RESTATE -> state.restate(field, offered);
                case REPLACE -> {
                    if (current == null && !createdByBatch.contains(state.id())
                            && policy.asksBeforeFilling(state.lock(), state.lockReason())) {
                        // one question per field and batch, however many rows offer a value
                        if (fillsAsked.add(state.id() * ContactField.values().length + field.ordinal())) {
                            plan.refused(line, state.id(), field.column(), null, incoming, LockPolicy.FILL_BLANK,
                                    offered);
                            conflict = true;
                        }
                    } else {
                        state.set(field, incoming, offered);
                        changed = true;
                        plan.fieldChanged(line, state.id(), field.column(), current, incoming);
                    }
                }
                case CONTRADICTS_PERSON -> {
                    if (!declined(declined, state.id(), field, incoming, country)) {
                        conflict = true;
                        plan.refused(line, state.id(), field.column(), current, incoming, LockPolicy.LOCKED,
                                offered);
                    }
                }
            }
        }
        for (EmailAddress email : data.emails()) {
            if (!owners.knownEmail(email.key())) {
                EmailAddress additional = "primary".equals(email.kind())
                        ? new EmailAddress(email.key(), email.display(), "additional") : email;
                set.email(new NewEmail(state.id(), additional, true));
                plan.attached(line, state.id(), "contact_emails", "email", email.key());
                changed = true;
            }
        }
        for (Identity identity : data.identities()) {
            if (!owners.knownIdentity(identity)) {
                set.identity(new NewIdentity(state.id(), identity, true));
                plan.attached(line, state.id(), "contact_identities", identity.source(), identity.externalId());
                changed = true;
            }
        }
        for (String tag : data.tags()) {
            if (state.tags().add(tag)) {
                set.tag(new Label(state.id(), tag, true));
                plan.labelAdded(line, state.id(), "tag", tag);
                changed = true;
            }
        }
        for (String product : data.products()) {
            if (state.products().add(product)) {
                set.product(new Label(state.id(), product, true));
                plan.labelAdded(line, state.id(), "product", product);
                changed = true;
            }
        }
        if (undeliverable(data, state)) {
            plan.fieldChanged(line, state.id(), "email_undeliverable", "false", "true");
            state.markUndeliverable();
            changed = true;
        }
        if (data.consent() != null) {
            ConsentEffect effect = consent(row, state, consent, plan);
            changed |= effect.changed();
            conflict |= effect.conflict();
        }
        return conflict ? RowOutcome.CONFLICT : changed ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
    }

    /**
     * A bounce is a fact about an address, not data someone entered: no lock level guards it. It marks the contact
     * whichever of its addresses bounced: which address is the primary one is the first seen, an accident of
     * arrival, so the mark may not depend on it (docs/values.md).
     */
    private static boolean undeliverable(ContactData data, ContactState state) {
        return data.undeliverable() && !state.undeliverable() && data.primaryEmail() != null;
    }

    /**
     * Where a stored value came from. A value nothing recorded (adopted after provenance was kept, or older) is the
     * contact's source system's, older than any evidence, and a person's where a person's lock closes its group.
     */
    private FieldSource held(ContactState state, ContactField field) {
        return held(policy, state, field);
    }

    static FieldSource held(LockPolicy policy, ContactState state, ContactField field) {
        FieldSource recorded = state.source(field);
        return recorded != null ? recorded : new FieldSource(state.sourceSystem(), Instant.EPOCH,
                policy.personHolds(state.lock(), state.lockReason(), field.group()), false);
    }

    /** The person already said no to this value (an equivalent one) for this field: not asked again. */
    private boolean declined(Map<Long, Map<ContactField, List<String>>> declined, long contactId, ContactField field,
            String incoming, String country) {
        for (String value : declined.getOrDefault(contactId, Map.of()).getOrDefault(field, List.of())) {
            if (equivalence.equivalent(field, value, incoming, country)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row whose keys point at several contacts that a person must tell apart (decide/OnePerson): nothing changes,
     * a person decides (merge or not).
     */
    RowOutcome ambiguous(SourceRecord row, Iterable<Long> contacts, ChunkPlan plan) {
        StringBuilder ids = new StringBuilder();
        Long first = null;
        for (Long id : contacts) {
            first = first == null ? id : first;
            ids.append(ids.length() == 0 ? "contacts " : ", ").append(id);
        }
        EmailAddress primary = row.contact().primaryEmail();
        String incoming = primary != null ? primary.display()
                : row.contact().identities().get(0).source() + " " + row.contact().identities().get(0).externalId();
        plan.conflict(new Conflict(first, row.line(), "contact", ids.toString(), incoming, "AMBIGUOUS", source.name(),
                row.contact().evidenceAt()));
        return RowOutcome.CONFLICT;
    }

    private record ConsentEffect(boolean changed, boolean conflict) {
    }

    /**
     * The row's consent observation as evidence of the contact's subscription (consent/ConsentRules): the state the
     * evidence seen makes, a question when an opt-out of a protected opt-in waits for a person, and the observation
     * recorded with what became of it.
     */
    private ConsentEffect consent(SourceRecord row, ContactState state, Map<Long, Seen> seen, ChunkPlan plan) {
        long line = row.line();
        ConsentObservation obs = row.contact().consent();
        ConsentDecision d = decideConsent(obs, state, seen, lockAllows(state, FieldGroup.SUBSCRIPTION));
        if (d == null) {
            recordConsent(plan, state.id(), row.contact().primaryEmail(), obs, false, INFORMATIONAL, false);
            return new ConsentEffect(false, false);
        }
        ConsentRules.State next = d.state();
        // a newer observation restating the opt-in moves only where it came from (the reason): written and audited,
        // like a restated value, but the row changed nothing
        boolean changed = next.subscribed() != state.subscribed() || next.isProtected() != state.isProtected();
        if (changed || !Objects.equals(next.protectedReason(), state.protectedReason())) {
            if (next.subscribed() != state.subscribed()) {
                plan.fieldChanged(line, state.id(), "email_subscribed", Boolean.toString(state.subscribed()),
                        Boolean.toString(next.subscribed()));
            }
            if (next.isProtected() != state.isProtected()) {
                plan.fieldChanged(line, state.id(), "subscription_protected",
                        Boolean.toString(state.isProtected()), Boolean.toString(next.isProtected()));
            }
            if (!Objects.equals(next.protectedReason(), state.protectedReason())) {
                plan.changes().audit(new FieldChange("contacts", state.id(), "update",
                        "subscription_protected_reason", state.protectedReason(), next.protectedReason()));
            }
            state.subscription(next.subscribed(), next.isProtected(), next.protectedReason());
        }
        if (d.conflictReason() != null) {
            // the question is the opt-out of the protected opt-in (or, locked, the change the evidence asks for)
            ConsentRules.Evidence asking = next.asks() ? next.asking()
                    : new ConsentRules.Evidence(obs.subscribed(), obs.observedAt(), source.name(), source.system(),
                        obs.dated());
            boolean proposed = next.asks() ? false : next.subscribed() == state.subscribed() ? obs.subscribed()
                    : next.subscribed();
            plan.refused(line, state.id(), "email_subscribed", Boolean.toString(state.subscribed()),
                    Boolean.toString(proposed), d.conflictReason(),
                    new FieldSource(asking.source(), asking.at(), false, false));
        }
        if (d.answered()) {
            plan.changes().consentAnswered(state.id());
        }
        recordConsent(plan, state.id(), row.contact().primaryEmail(), obs, d.applied(), d.reason(), true);
        return new ConsentEffect(changed, d.conflictReason() != null);
    }

    /** The observation as evidence for the contact (null: an informational source's, recorded only). */
    private ConsentDecision decideConsent(ConsentObservation obs, ContactState state, Map<Long, Seen> seen,
            boolean lockAllows) {
        if (source.consentRole() == ConsentRole.INFORMATIONAL) {
            return null;
        }
        ConsentRules.Evidence evidence = new ConsentRules.Evidence(obs.subscribed(), obs.observedAt(), source.name(),
                source.system(), obs.dated());
        ConsentRules.State now = new ConsentRules.State(state.subscribed(), state.isProtected(),
                state.protectedReason(), null);
        ConsentDecision d = consentRules.observe(evidence, seen.getOrDefault(state.id(), Seen.NONE), now,
                lockAllows);
        seen.put(state.id(), d.seen());
        return d;
    }

    private void recordConsent(ChunkPlan plan, long contactId, EmailAddress email, ConsentObservation obs,
            boolean applied, String reason, boolean authoritative) {
        plan.changes().consent(new ConsentEvent(contactId, email == null ? null : email.key(), obs.subscribed(),
                obs.observedAt(), applied, reason, obs.dated(), authoritative, source.system()));
        plan.consent(applied);
    }

    /**
     * Only a person's lock guards the subscription (a classified level is a label), and not against the file that
     * created the contact.
     */
    private boolean lockAllows(ContactState state, FieldGroup group) {
        return createdByBatch.contains(state.id()) || !policy.personHolds(state.lock(), state.lockReason(), group);
    }
}
