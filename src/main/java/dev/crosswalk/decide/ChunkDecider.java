package dev.crosswalk.decide;

import dev.crosswalk.consent.ConsentRules;
import dev.crosswalk.consent.ConsentRules.Seen;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.model.SourcePrecedence;
import dev.crosswalk.protect.FieldEquivalence;
import dev.crosswalk.protect.LockPolicy;
import dev.crosswalk.protect.Survivorship;
import dev.crosswalk.source.SourceDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The decision core of an import: a chunk's rows and the snapshot of what their keys reach become a plan, with no
 * database, no Camel and no settings. What is stored follows from the evidence, not from arrival (docs/values.md).
 * Rows are decided in file order; each meets what the rows before it left (a contact a row created, a value it
 * changed, a key it attached, contacts it found to be one person). One decider serves a whole batch: it remembers
 * the contacts the batch created, which the file's later chunks may reach again.
 */
public final class ChunkDecider {

    private final RowDecider rows;
    private final OnePerson onePerson;
    private final ProfilePayers payers;

    /**
     * {@code policy}: the lock rules as the batch read them; {@code precedence}: which source wins a tie of evidence
     * time; {@code equivalence}, {@code consent}: pure rules.
     */
    public ChunkDecider(SourceDefinition source, LockPolicy policy, SourcePrecedence precedence,
            FieldEquivalence equivalence, ConsentRules consent) {
        Survivorship survivorship = new Survivorship(precedence, equivalence);
        this.rows = new RowDecider(source, policy, equivalence, survivorship, consent);
        this.onePerson = new OnePerson(policy, survivorship, consent);
        this.payers = new ProfilePayers(source);
    }

    /** Decides {@code chunk} against {@code snapshot}, whose contacts it changes in memory. */
    public ChunkPlan decide(List<SourceRecord> chunk, ChunkSnapshot snapshot) {
        ChunkPlan plan = new ChunkPlan();
        Map<Long, ContactState> contacts = snapshot.contacts();
        KeyOwners owners = new KeyOwners(snapshot.identityOwners(), snapshot.emailOwners(),
                snapshot.profileOwners(), contacts.keySet());
        Map<Long, Seen> consent = new HashMap<>(snapshot.consent());
        long[] newIds = snapshot.newIds();
        int nextId = 0;
        for (SourceRecord row : chunk) {
            String erased = snapshot.erased().get(row.line());
            if (erased != null) {
                // neither re-creates the person nor lends their email to anyone
                plan.skip(row.line(), erased);
                continue;
            }
            // (a subscription profile may still name a contact a row of this chunk merged away)
            Set<Long> reached = plan.survivors(owners.of(row));
            ContactState contact;
            RowOutcome outcome;
            if (reached.size() > 1) {
                List<ContactState> together = new TreeSet<>(reached).stream().map(contacts::get).toList();
                if (OnePerson.saidApart(together, snapshot.keptApart())) {
                    plan.decided(row, null, rows.ambiguous(row, reached, plan));
                    continue;
                }
                contact = onePerson.merge(row.line(), together, consent, owners, plan);
                outcome = rows.update(row, contact, owners, consent, snapshot.declined(), plan) == RowOutcome.CONFLICT
                        ? RowOutcome.CONFLICT : RowOutcome.UPDATED;
            } else if (reached.isEmpty()) {
                contact = rows.create(row, newIds[nextId++], consent, plan);
                contacts.put(contact.id(), contact);
                outcome = RowOutcome.NEW;
            } else {
                contact = contacts.get(reached.iterator().next());
                outcome = rows.update(row, contact, owners, consent, snapshot.declined(), plan);
            }
            plan.decided(row, contact.id(), outcome);
            owners.claim(row.contact(), contact.id());
        }
        payers.decide(snapshot, contacts, plan);
        return plan;
    }
}
