package dev.crosswalk.apply;

import dev.crosswalk.db.Copy;
import dev.crosswalk.db.Sql;
import dev.crosswalk.decide.ChangeSet;
import dev.crosswalk.decide.ChangeSet.Conflict;
import dev.crosswalk.decide.ChangeSet.FieldChange;
import dev.crosswalk.decide.ChangeSet.Label;
import dev.crosswalk.decide.ContactState;
import dev.crosswalk.model.ContactField;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a chunk's {@link ChangeSet}: new rows by COPY, updates (and where changed values came from) with one
 * statement each, labels with one upsert and one insert per table, conflicts into the review queue
 * ({@link ConflictQueue}), the audit trail by COPY.
 */
public final class ChunkWriter {

    /** A conflict as written, with its id (the reviewer's handle on it). */
    public record WrittenConflict(long id, Conflict conflict) {
    }

    /**
     * Characters of provenance patches sent in one statement: a chunk's patches of a million-contact export in one
     * array were megabytes of text, each array a pause of the collector.
     */
    private static final int PATCH_TEXT = 256 * 1024;

    private final long batchId;
    private final String source;
    private final ProvenanceJson provenance;

    public ChunkWriter(long batchId, String source) {
        this.batchId = batchId;
        this.source = source;
        this.provenance = new ProvenanceJson(batchId);
    }

    public void write(Connection c, ChangeSet set) throws SQLException {
        insertContacts(c, set);
        Copy.stream(c, "contact_emails (contact_id, email, display, kind, source)", copy -> set.emails()
                .forEach(e -> copy.row(e.contactId(), e.email().key(), e.email().display(), e.email().kind(),
                        source)));
        Copy.stream(c, "contact_identities (contact_id, source, external_id)", copy -> set.identities()
                .forEach(i -> copy.row(i.contactId(), i.identity().source(), i.identity().externalId())));
        updateContacts(c, set);
        writeSources(c, set);
        writeLabels(c, LabelTable.TAGS, set.tags(), set);
        writeLabels(c, LabelTable.PRODUCTS, set.products(), set);
        ConflictQueue.record(c, batchId, source, set.conflicts());
        ConflictQueue.answerConsent(c, batchId, set.answeredConsent());
        Copy.stream(c, "import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)",
                copy -> set.auditTrail().forEach(a -> copy.row(batchId, a.table(), a.recordId(), a.action(),
                        a.field(), a.oldValue(), a.newValue())));
        Copy.stream(c, "consent_events (contact_id, email, subscribed, source, batch_id, observed_at, applied, "
                + "reason, dated, authoritative, system)", copy -> set.consentEvents().forEach(e -> copy.row(
                        e.contactId(), e.email(), e.subscribed(), source, batchId, e.observedAt(), e.applied(),
                        e.reason(), e.dated(), e.authoritative(), e.system())));
    }

    /** New contacts name the batch that created them (created_batch_id) instead of an audit row each. */
    private void insertContacts(Connection c, ChangeSet set) throws SQLException {
        Copy.stream(c, "contacts (id, email, first_name, last_name, phone, address_line1, address_line2, city, "
                + "region, postal_code, country, source_system, lock_level, lock_reason, email_subscribed, "
                + "subscription_protected, subscription_protected_reason, email_undeliverable, created_batch_id)",
                copy -> set.createdContacts().forEach(s -> copy.row(s.id(), s.email(),
                        s.value(ContactField.FIRST_NAME), s.value(ContactField.LAST_NAME),
                        s.value(ContactField.PHONE), s.value(ContactField.ADDRESS_LINE1),
                        s.value(ContactField.ADDRESS_LINE2), s.value(ContactField.CITY),
                        s.value(ContactField.REGION), s.value(ContactField.POSTAL_CODE),
                        s.value(ContactField.COUNTRY), s.sourceSystem(), s.lock().name(), s.lockReason(),
                        s.subscribed(), s.isProtected(), s.protectedReason(), s.undeliverable(), batchId)));
    }

    /** The chunk's changed contacts in one statement, a column an array (sql/apply/contact-updates.sql). */
    private static void updateContacts(Connection c, ChangeSet set) throws SQLException {
        List<ContactState> changed = new ArrayList<>();
        set.touchedContacts().forEach(s -> {
            if (s.changed()) {
                changed.add(s);
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("apply/contact-updates"))) {
            int p = 1;
            ps.setArray(p++, column(c, "bigint", changed, ContactState::id));
            for (ContactField field : ContactField.values()) {
                ps.setArray(p++, column(c, "text", changed, s -> s.value(field)));
            }
            ps.setArray(p++, column(c, "boolean", changed, ContactState::subscribed));
            ps.setArray(p++, column(c, "boolean", changed, ContactState::isProtected));
            ps.setArray(p++, column(c, "text", changed, ContactState::protectedReason));
            ps.setArray(p, column(c, "boolean", changed, ContactState::undeliverable));
            ps.executeUpdate();
        }
    }

    private static Array column(Connection c, String type, List<ContactState> contacts,
            Function<ContactState, Object> value) throws SQLException {
        return c.createArrayOf(type, contacts.stream().map(value).toArray());
    }

    /**
     * Where the chunk's values came from: a created contact's provenance row by COPY (it goes with its contact), an
     * existing contact's changed entries as one patch per contact (sql/apply/provenance-patch.sql), audited with
     * the entries it replaced (the convention of write_provenance, which a rollback uses to put them back).
     */
    private void writeSources(Connection c, ChangeSet set) throws SQLException {
        Copy.stream(c, "contact_provenance (id, fields)", copy -> {
            for (ContactState s : set.createdContacts()) {
                if (!s.sourcesChanged().isEmpty()) {
                    copy.row(s.id(), provenance.created(s));
                }
            }
        });
        List<Long> ids = new ArrayList<>();
        List<String> patches = new ArrayList<>();
        int text = 0;
        try (PreparedStatement ps = c.prepareStatement(Sql.load("apply/provenance-patch"))) {
            for (ContactState s : set.touchedContacts()) {
                if (!s.created() && !s.sourcesChanged().isEmpty()) {
                    ProvenanceJson.Patch patch = provenance.patch(s);
                    if (patch.changes()) {
                        ids.add(s.id());
                        patches.add(patch.after());
                        text += patch.after().length();
                        set.audit(new FieldChange("contact_provenance", s.id(), "update", "fields", patch.before(),
                                patch.after()));
                    }
                }
                if (text >= PATCH_TEXT) {
                    patch(c, ps, ids, patches);
                    text = 0;
                }
            }
            patch(c, ps, ids, patches);
        }
    }

    private static void patch(Connection c, PreparedStatement ps, List<Long> ids, List<String> patches)
            throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
        ps.setArray(2, c.createArrayOf("text", patches.toArray()));
        ps.executeUpdate();
        ids.clear();
        patches.clear();
    }

    private void writeLabels(Connection c, LabelTable table, List<Label> labels, ChangeSet set) throws SQLException {
        if (labels.isEmpty()) {
            return;
        }
        Map<String, Long> ids = labelIds(c, table, labels, set);
        // a contact this batch created has no links yet: COPY, nothing to check, undone by its cascade
        List<Label> existing = new ArrayList<>();
        Copy.stream(c, table.linkTable() + " (contact_id, " + table.idColumn() + ", source)", copy -> {
            for (Label l : labels) {
                if (l.audited()) {
                    existing.add(l);
                } else {
                    copy.row(l.contactId(), ids.get(l.name()), source);
                }
            }
        });
        if (existing.isEmpty()) {
            return;
        }
        Map<Long, String> nameById = new HashMap<>();
        ids.forEach((name, id) -> nameById.put(id, name));
        try (PreparedStatement ps = c.prepareStatement(Sql.load(table.linkSql()))) {
            ps.setString(1, source);
            ps.setArray(2, c.createArrayOf("bigint", existing.stream().map(Label::contactId).toArray()));
            ps.setArray(3, c.createArrayOf("bigint", existing.stream().map(l -> ids.get(l.name())).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    set.audit(new FieldChange(table.linkTable(), rs.getLong(1), "insert", table.auditField(), null,
                            nameById.get(rs.getLong(2))));
                }
            }
        }
    }

    /** Creates the chunk's new label names (audited) and returns the id of every name the chunk uses. */
    private Map<String, Long> labelIds(Connection c, LabelTable table, List<Label> labels, ChangeSet set)
            throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        labels.forEach(l -> names.add(l.name()));
        Object[] nameArray = names.toArray();
        try (PreparedStatement ps = c.prepareStatement(Sql.load(table.upsertSql()))) {
            int p = 1;
            if (table.scopedBySource()) {
                ps.setString(p++, source);
            }
            ps.setArray(p, c.createArrayOf("text", nameArray));
            try (ResultSet rs = ps.executeQuery()) {
                // a new tag or product is shared data: audited as a row the batch inserted, so undo removes it
                while (rs.next()) {
                    set.audit(new FieldChange(table.labelTable(), rs.getLong(1), "insert", null, null,
                            rs.getString(2)));
                }
            }
        }
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load(table.idsSql()))) {
            int p = 1;
            if (table.scopedBySource()) {
                ps.setString(p++, source);
            }
            ps.setArray(p, c.createArrayOf("text", nameArray));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
