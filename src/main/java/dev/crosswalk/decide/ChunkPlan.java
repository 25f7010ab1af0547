package dev.crosswalk.decide;

import dev.crosswalk.decide.ChangeSet.ChangeLine;
import dev.crosswalk.decide.ChangeSet.Conflict;
import dev.crosswalk.decide.ChangeSet.FieldChange;
import dev.crosswalk.model.FieldSource;
import dev.crosswalk.model.SourceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What deciding a chunk produced, for the writer and the batch's counts: the changes to write, each row's
 * contact and outcome, the rows skipped, the merges to perform, and the figures the report adds up. Its
 * recording methods keep the changes file, the audit trail and the figures in step.
 */
public final class ChunkPlan {

    /** A row skipped before matching, for the rejected-rows file. */
    public record Skipped(long line, String reason) {
    }

    /** A contact to merge into the one that is kept (apply/ContactMerger). */
    public record Merge(long keep, long duplicate) {
    }

    /** Field changes applied and refused, conflicts by reason, consent observations recorded and applied. */
    public record Figures(long fieldsChanged, long fieldsRefused, Map<String, Long> conflictsByReason,
            long consentObserved, long consentApplied) {
    }

    /** A row's money record as the writer wrote it (a line without one changed nothing). */
    public record WrittenMoney(String table, long id, String externalId, boolean inserted) {
    }

    private final List<SourceRecord> rows = new ArrayList<>();
    private final ChangeSet changes = new ChangeSet();
    private final Map<Long, RowOutcome> outcomes = new LinkedHashMap<>();
    private final Map<Long, Long> contactIds = new HashMap<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<Merge> merges = new ArrayList<>();
    private final Map<Long, Long> mergedInto = new HashMap<>();
    private final List<ContactState> settled = new ArrayList<>();
    private final Map<String, Long> conflictsByReason = new TreeMap<>();
    private long fieldsChanged;
    private long fieldsRefused;
    private long consentObserved;
    private long consentApplied;

    /** The rows decided (the skipped ones left out), in file order: what the writer writes money records of. */
    public List<SourceRecord> rows() {
        return rows;
    }

    public ChangeSet changes() {
        return changes;
    }

    /** Each decided row's contact, by line; absent when the row's person could not be told apart (AMBIGUOUS). */
    public Map<Long, Long> contactIds() {
        return contactIds;
    }

    public List<Skipped> skipped() {
        return skipped;
    }

    /**
     * Contacts to merge, in order: those a row's keys found to be one person (decide/OnePerson), then those known
     * only as a PayPal payer, into the contact whose subscription they pay.
     */
    public List<Merge> merges() {
        return merges;
    }

    /**
     * The contacts kept by the merges of one person known twice (and not merged into another since), whose
     * subscription is then written as the evidence of both makes it (decided in memory): merging keeps any opt-in,
     * the evidence may not.
     */
    public List<ContactState> settledByMerges() {
        return settled.stream().filter(kept -> survivor(kept.id()) == kept.id()).toList();
    }

    /** The contacts {@code contacts} are now part of (see {@link #survivor}), in their order. */
    Set<Long> survivors(Set<Long> contacts) {
        if (mergedInto.isEmpty()) {
            return contacts;
        }
        Set<Long> kept = new LinkedHashSet<>();
        contacts.forEach(id -> kept.add(survivor(id)));
        return kept;
    }

    /** The contact {@code id} is now part of: itself, or the one a merge of this chunk kept. */
    long survivor(long id) {
        Long into = mergedInto.get(id);
        return into == null ? id : survivor(into);
    }

    /** What the report adds up from this chunk's decisions. */
    public Figures figures() {
        return new Figures(fieldsChanged, fieldsRefused, conflictsByReason, consentObserved, consentApplied);
    }

    /**
     * Each decided row's outcome once its money record is written: the record's (new when inserted, updated when
     * changed) where it has one, unless the contact side made the row new or a conflict. Lists each written record
     * in the changes file.
     */
    public Map<Long, RowOutcome> outcomes(Map<Long, WrittenMoney> written) {
        Map<Long, RowOutcome> settled = new LinkedHashMap<>(outcomes);
        written.forEach((line, record) -> {
            changes.change(new ChangeLine(line, contactIds.get(line), record.table(), null, record.externalId(),
                    record.inserted() ? "new" : "updated"));
            RowOutcome contact = outcomes.get(line);
            if (contact != RowOutcome.CONFLICT && contact != RowOutcome.NEW) {
                settled.put(line, record.inserted() ? RowOutcome.NEW : RowOutcome.UPDATED);
            }
        });
        return settled;
    }

    void decided(SourceRecord row, Long contactId, RowOutcome outcome) {
        rows.add(row);
        outcomes.put(row.line(), outcome);
        if (contactId != null) {
            contactIds.put(row.line(), contactId);
        }
    }

    void skip(long line, String reason) {
        skipped.add(new Skipped(line, reason));
    }

    void merge(Merge merge) {
        merges.add(merge);
        mergedInto.put(merge.duplicate(), merge.keep());
    }

    /** {@code kept}'s subscription is written after the merges (see {@link #settledByMerges()}). */
    void settle(ContactState kept) {
        if (!settled.contains(kept)) {
            settled.add(kept);
        }
    }

    void fieldChanged(long line, long contactId, String field, String old, String value) {
        changes.audit(new FieldChange("contacts", contactId, "update", field, old, value));
        changes.change(new ChangeLine(line, contactId, field, old, value, "applied"));
        fieldsChanged++;
    }

    /** An email or id attached to a contact the batch did not create: audited as an insert. */
    void attached(long line, long contactId, String table, String field, String value) {
        changes.audit(new FieldChange(table, contactId, "insert", field, null, value));
        changes.change(new ChangeLine(line, contactId, field, null, value, "added"));
        fieldsChanged++;
    }

    /** A tag or product link: audited by the writer as it inserts it (a label may be new to the database too). */
    void labelAdded(long line, long contactId, String field, String name) {
        changes.change(new ChangeLine(line, contactId, field, null, name, "added"));
        fieldsChanged++;
    }

    /** A field change refused: an open conflict for a person to decide, raised by {@code observed}. */
    void refused(long line, long contactId, String field, String current, String incoming, String reason,
            FieldSource observed) {
        conflict(new Conflict(contactId, line, field, current, incoming, reason, observed.source(),
                observed.evidenceAt()));
        fieldsRefused++;
    }

    /** A conflict about the row's person (AMBIGUOUS: which contact?), not about one field. */
    void conflict(Conflict conflict) {
        changes.conflict(conflict);
        changes.change(new ChangeLine(conflict.line(), conflict.contactId(), conflict.field(),
                conflict.currentValue(), conflict.incomingValue(), "refused: " + conflict.reason()));
        conflictsByReason.merge(conflict.reason(), 1L, Long::sum);
    }

    void consent(boolean applied) {
        consentObserved++;
        consentApplied += applied ? 1 : 0;
    }

    /** A row found to be a conflict after its contact was decided (a second payer of a subscription). */
    void conflictOn(long line) {
        outcomes.put(line, RowOutcome.CONFLICT);
    }
}
