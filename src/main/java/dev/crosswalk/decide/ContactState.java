package dev.crosswalk.decide;

import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.FieldSource;
import dev.crosswalk.model.LockLevel;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A contact as a batch sees it: loaded with the chunk (or created by it) and changed in memory as rows are decided. */
public final class ContactState {

    private final long id;
    private final boolean created;
    private final String email;
    private final String sourceSystem;
    private final LockLevel lock;
    private final String lockReason;
    private final Map<ContactField, String> values;
    private final Map<ContactField, FieldSource> sources = new EnumMap<>(ContactField.class);
    private final Map<ContactField, StoredEntry> stored = new EnumMap<>(ContactField.class);
    private final Set<ContactField> sourcesChanged = EnumSet.noneOf(ContactField.class);
    private final Set<ContactField> valuesChanged = EnumSet.noneOf(ContactField.class);
    private Set<ContactField> storedSharing = EnumSet.noneOf(ContactField.class);
    private boolean subscribed;
    private boolean isProtected;
    private String protectedReason;
    private boolean undeliverable;
    private boolean changed;
    private final Set<String> tags = new HashSet<>();
    private final Set<String> products = new HashSet<>();

    public ContactState(long id, boolean created, String email, String sourceSystem, LockLevel lock,
            String lockReason, Map<ContactField, String> values, boolean subscribed, boolean isProtected,
            String protectedReason, boolean undeliverable) {
        this.id = id;
        this.created = created;
        this.email = email;
        this.sourceSystem = sourceSystem;
        this.lock = lock;
        this.lockReason = lockReason;
        this.values = new EnumMap<>(ContactField.class);
        this.values.putAll(values);
        this.subscribed = subscribed;
        this.isProtected = isProtected;
        this.protectedReason = protectedReason;
        this.undeliverable = undeliverable;
    }

    public long id() {
        return id;
    }

    /** Created by the running chunk: written by its insert, with what later rows of the chunk changed. */
    public boolean created() {
        return created;
    }

    public String email() {
        return email;
    }

    public String sourceSystem() {
        return sourceSystem;
    }

    public LockLevel lock() {
        return lock;
    }

    public String lockReason() {
        return lockReason;
    }

    public String value(ContactField field) {
        return values.get(field);
    }

    /** Where the field's value came from; null when it is blank or nothing recorded it (a legacy value). */
    public FieldSource source(ContactField field) {
        return sources.get(field);
    }

    /**
     * A loaded contact's field's provenance as stored: where the value came from, the batch that stored it (null: not
     * recorded) and the person who decided it (null: no one). The writer keeps a restatement's batch and audits what
     * an entry was.
     */
    public record StoredEntry(FieldSource source, Long batch, String decidedBy) {
    }

    /** The provenance of a created contact's field, or one a test gives a contact. */
    public void sourceLoaded(ContactField field, FieldSource source) {
        sources.put(field, source);
    }

    /** The stored provenance of a loaded contact's field (match/ChunkLoader). */
    public void sourceStored(ContactField field, StoredEntry entry) {
        sources.put(field, entry.source());
        stored.put(field, entry);
    }

    /**
     * The fields whose stored entry is the row's shared one ({@code "*"}, V192); null when a column the application
     * does not map shares it too.
     */
    public void storedSharing(Set<ContactField> fields) {
        storedSharing = fields;
    }

    /**
     * Whether this batch's patch may bring its own shared entry: it replaces every field's that names the stored one,
     * so none is left pointing at an entry the patch replaced.
     */
    public boolean patchMayShare() {
        return storedSharing != null && sourcesChanged.containsAll(storedSharing);
    }

    /** The field's provenance entry as loaded; null when the contact had none for it or the chunk created it. */
    public StoredEntry stored(ContactField field) {
        return stored.get(field);
    }

    /** A value an observation replaced (or filled), with that observation's provenance. */
    public void set(ContactField field, String value, FieldSource source) {
        values.put(field, value);
        changed = true;
        valuesChanged.add(field);
        restate(field, source);
    }

    /** The same value, now from an observation that ranks higher: only its provenance changes. */
    public void restate(ContactField field, FieldSource source) {
        sources.put(field, source);
        sourcesChanged.add(field);
    }

    /** Whether the field's value is as before and only its provenance changed (a restatement). */
    public boolean restatedOnly(ContactField field) {
        return !valuesChanged.contains(field);
    }

    /** Fields whose provenance this batch changed (for a created contact: every field it holds). */
    public Set<ContactField> sourcesChanged() {
        return created ? sources.keySet() : sourcesChanged;
    }

    public boolean subscribed() {
        return subscribed;
    }

    public boolean isProtected() {
        return isProtected;
    }

    public String protectedReason() {
        return protectedReason;
    }

    public void subscription(boolean subscribed, boolean isProtected, String reason) {
        this.subscribed = subscribed;
        this.isProtected = isProtected;
        this.protectedReason = reason;
        changed = true;
    }

    /** Mail to the primary email bounces for good. */
    public boolean undeliverable() {
        return undeliverable;
    }

    public void markUndeliverable() {
        undeliverable = true;
        changed = true;
    }

    /** Tag names the contact has (loaded, plus those this batch added). */
    public Set<String> tags() {
        return tags;
    }

    /** Product names the contact has, within the batch's source. */
    public Set<String> products() {
        return products;
    }

    /** An existing contact with changes still to write. */
    public boolean changed() {
        return changed && !created;
    }
}
