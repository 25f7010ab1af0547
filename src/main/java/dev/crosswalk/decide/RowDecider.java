package dev.crosswalk.decide;

import dev.crosswalk.consent.ConsentDecision;
import dev.crosswalk.consent.ConsentRules;
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
import dev.crosswalk.model.Identity;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.protect.FieldEquivalence;
import dev.crosswalk.protect.LockPolicy;
import dev.crosswalk.source.SourceDefinition;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides, for one row and the contact it matched (or creates), which changes the lock level allows, which
 * become conflicts, and what its consent observation does; records it all into the chunk's {@link ChunkPlan}.
 * Rows of one file that reach the same contact apply in file order: what a later row changes is audited, counted
 * and listed like a change to any contact, and a contact the file itself created is not locked against the file
 * (whichever chunk the later row falls in: the created ids are kept for the whole batch).
 */
final class RowDecider {

    private final long batchId;
    private final SourceDefinition source;
    private final LockPolicy policy;
    private final FieldEquivalence equivalence;
    private final ConsentRules consentRules;
    private final CreatedContacts createdByBatch = new CreatedContacts();

    RowDecider(long batchId, SourceDefinition source, LockPolicy policy, FieldEquivalence equivalence,
            ConsentRules consentRules) {
        this.batchId = batchId;
        this.source = source;
        this.policy = policy;
        this.equivalence = equivalence;
        this.consentRules = consentRules;
    }

    /** Creates the row's contact (its outcome is NEW) and returns it. */
    ContactState create(SourceRecord row, long id, ChunkPlan plan) {
        ChangeSet set = plan.changes();
        ContactData data = row.contact();
        EmailAddress primary = data.primaryEmail();
        ContactState state = new ContactState(id, true, primary == null ? null : primary.display(), source.system(),
                source.initialLock(), source.initialLockReason(), data.fields(), false, false, null,
                data.undeliverable() && primary != null);
        ConsentObservation obs = data.consent();
        if (obs != null) {
            ConsentDecision d = consentRules.forNewContact(obs, source.consentRole(), source.name(), batchId);
            state.subscription(d.subscribed(), d.isProtected(), d.protectedReason());
            recordConsent(plan, id, primary, obs, d);
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
    RowOutcome update(SourceRecord row, ContactState state, KeyOwners owners, Map<Long, LatestConsent> latestConsent,
            ChunkPlan plan) {
        ChangeSet set = plan.changes();
        set.touched(state);
        ContactData data = row.contact();
        long line = row.line();
        boolean changed = false;
        boolean conflict = false;
        String country = state.value(ContactField.COUNTRY) != null ? state.value(ContactField.COUNTRY)
                : data.fields().get(ContactField.COUNTRY);
        for (Map.Entry<ContactField, String> e : data.fields().entrySet()) {
            ContactField field = e.getKey();
            String current = state.value(field);
            String incoming = e.getValue();
            if (equivalence.equivalent(field, current, incoming, country)
                    || current != null && data.fillsBlanksOnly()) {
                continue;
            }
            boolean blank = current == null;
            if (createdByBatch.contains(state.id()) || policy.allowsWrite(state.lock(), field.group(), blank)) {
                state.set(field, incoming);
                changed = true;
                plan.fieldChanged(line, state.id(), field.column(), current, incoming);
            } else {
                conflict = true;
                plan.refused(line, state.id(), field.column(), current, incoming, LockPolicy.refusal(blank));
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
            ConsentEffect effect = consent(row, state, latestConsent, plan);
            changed |= effect.changed();
            conflict |= effect.conflict();
        }
        return conflict ? RowOutcome.CONFLICT : changed ? RowOutcome.UPDATED : RowOutcome.UNCHANGED;
    }

    /**
     * A bounce is a fact about an address, not data someone entered: no lock level guards it. It marks the contact
     * only when the address is its primary email (a dead additional address leaves the primary reachable).
     */
    private static boolean undeliverable(ContactData data, ContactState state) {
        EmailAddress email = data.primaryEmail();
        return data.undeliverable() && !state.undeliverable() && email != null && state.email() != null
                && email.key().equals(state.email().toLowerCase(Locale.ROOT));
    }

    /** A row whose keys point at several contacts: nothing changes, a person decides (merge or not). */
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
        plan.conflict(new Conflict(first, row.line(), "contact", ids.toString(), incoming, "AMBIGUOUS", null, null));
        return RowOutcome.CONFLICT;
    }

    private record ConsentEffect(boolean changed, boolean conflict) {
    }

    private ConsentEffect consent(SourceRecord row, ContactState state, Map<Long, LatestConsent> latestConsent,
            ChunkPlan plan) {
        long line = row.line();
        ConsentObservation obs = row.contact().consent();
        LatestConsent latest = latestConsent.get(state.id());
        ConsentRules.Current current = new ConsentRules.Current(state.subscribed(), state.isProtected(),
                state.protectedReason(), latest == null ? null : latest.subscribed(),
                latest == null ? null : latest.observedAt());
        ConsentDecision d = consentRules.forExisting(obs, source.consentRole(), current,
                lockAllows(state, FieldGroup.SUBSCRIPTION), source.name(), batchId);
        boolean changed = d.subscribed() != state.subscribed() || d.isProtected() != state.isProtected();
        if (changed) {
            if (d.subscribed() != state.subscribed()) {
                plan.fieldChanged(line, state.id(), "email_subscribed", Boolean.toString(state.subscribed()),
                        Boolean.toString(d.subscribed()));
            }
            if (d.isProtected() != state.isProtected()) {
                plan.fieldChanged(line, state.id(), "subscription_protected",
                        Boolean.toString(state.isProtected()), Boolean.toString(d.isProtected()));
            }
            if (!Objects.equals(d.protectedReason(), state.protectedReason())) {
                plan.changes().audit(new FieldChange("contacts", state.id(), "update",
                        "subscription_protected_reason", state.protectedReason(), d.protectedReason()));
            }
            state.subscription(d.subscribed(), d.isProtected(), d.protectedReason());
        }
        if (d.conflictReason() != null) {
            plan.refused(line, state.id(), "email_subscribed", Boolean.toString(state.subscribed()),
                    Boolean.toString(obs.subscribed()), d.conflictReason());
        }
        if (d.applied() && (latest == null || !latest.observedAt().isAfter(obs.observedAt()))) {
            latestConsent.put(state.id(), new LatestConsent(obs.subscribed(), obs.observedAt()));
        }
        recordConsent(plan, state.id(), row.contact().primaryEmail(), obs, d);
        return new ConsentEffect(changed, d.conflictReason() != null);
    }

    private static void recordConsent(ChunkPlan plan, long contactId, EmailAddress email, ConsentObservation obs,
            ConsentDecision d) {
        plan.changes().consent(new ConsentEvent(contactId, email == null ? null : email.key(), obs.subscribed(),
                obs.observedAt(), d.applied(), d.reason()));
        plan.consent(d.applied());
    }

    /** The lock guards a contact against files after the one that created it, not against that file's rows. */
    private boolean lockAllows(ContactState state, FieldGroup group) {
        return createdByBatch.contains(state.id()) || policy.allows(state.lock(), group);
    }
}
