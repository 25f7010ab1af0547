package dev.crosswalk.apply;

import dev.crosswalk.decide.ContactState;
import dev.crosswalk.decide.ContactState.StoredEntry;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.FieldSource;
import dev.crosswalk.value.BoundedMemo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.Function;

/**
 * A batch's JSON of {@code contact_provenance}: a created contact's row, an existing contact's patch. By contacts
 * column, the entry the database function {@code provenance_entry} makes, in the same textual form (so equal
 * entries are equal JSON whoever wrote them).
 * Written by hand: one per new contact, where a JSON tree cost a sixth of the import's CPU; and each evidence time
 * formatted once for the entries that share it (most of a file's: its export time, and a patch's "before" the few
 * times of earlier exports), where formatting each cost most of the rest.
 */
final class ProvenanceJson {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final long batch;
    /** a file's entries share few times (its export time, the stored entries' earlier ones) */
    private final BoundedMemo<Instant, String> atText = new BoundedMemo<>(4096, AT::format);

    /** For what {@code batch} writes. */
    ProvenanceJson(long batch) {
        this.batch = batch;
    }

    /**
     * An existing contact's changed entries by field ({@code after}) and what they were ({@code before}, JSON null
     * where there was none): one audited patch.
     */
    record Patch(String after, String before) {

        /** Whether the patch changes anything (a restatement with the same evidence does not). */
        boolean changes() {
            return !after.equals(before);
        }
    }

    /** Where each of a new contact's values came from, all stored by this batch. */
    String created(ContactState contact) {
        return object(contact.sourcesChanged(), field -> new StoredEntry(contact.source(field), batch, null), true);
    }

    /**
     * The patch of an existing contact's provenance. A source's observation replaces a source's: an import never
     * marks a value a person's. A restatement (the same text with better evidence) keeps the batch that stored the
     * value. Its entries share one where the patch replaces every field that names the stored row's shared entry;
     * "before" is written the same way, so a patch that changes nothing is the same text as its "before".
     */
    Patch patch(ContactState contact) {
        Set<ContactField> fields = contact.sourcesChanged();
        boolean mayShare = contact.patchMayShare();
        String after = object(fields, field -> {
            FieldSource from = contact.source(field);
            StoredEntry was = contact.stored(field);
            Long storedBy = !contact.restatedOnly(field) ? Long.valueOf(batch) : was == null ? null : was.batch();
            return new StoredEntry(new FieldSource(from.source(), from.evidenceAt(), false, from.fillsBlanksOnly()),
                    storedBy, null);
        }, mayShare);
        return new Patch(after, object(fields, contact::stored, mayShare));
    }

    /**
     * Entries by field (JSON null where a field has none). Where {@code mayShare} and another field's entry is the
     * same as the first field's, that entry is written once under {@code "*"} and 0 in the place of each that is it
     * (V192): a file's fields mostly share their source, time and batch.
     */
    private String object(Set<ContactField> fields, Function<ContactField, StoredEntry> entryOf, boolean mayShare) {
        StringBuilder json = new StringBuilder(32 * fields.size() + 96).append('{');
        StoredEntry shared = mayShare ? shared(fields, entryOf) : null;
        if (shared != null) {
            entry(json.append("\"*\":"), shared);
        }
        for (ContactField field : fields) {
            StoredEntry entry = entryOf.apply(field);
            if (entry == null) {
                key(json, field).append("null");
            } else if (entry.equals(shared)) {
                key(json, field).append('0');
            } else {
                entry(key(json, field), entry);
            }
        }
        return json.append('}').toString();
    }

    /** The first field's entry where another field has the same (null: none to share). */
    private static StoredEntry shared(Set<ContactField> fields, Function<ContactField, StoredEntry> entryOf) {
        StoredEntry first = null;
        for (ContactField field : fields) {
            StoredEntry entry = entryOf.apply(field);
            if (first == null) {
                first = entry;
            } else if (first.equals(entry)) {
                return first;
            }
        }
        return null;
    }

    private static StringBuilder key(StringBuilder json, ContactField field) {
        if (json.length() > 1) {
            json.append(',');
        }
        return string(json, field.column()).append(':');
    }

    /** One entry as provenance_entry makes it (keys left out where null or false). */
    private void entry(StringBuilder json, StoredEntry entry) {
        FieldSource from = entry.source();
        string(json.append("{\"source\":"), from.source()).append(",\"at\":\"").append(atText.apply(from.evidenceAt()))
                .append('"');
        if (entry.batch() != null) {
            json.append(",\"batch\":").append(entry.batch());
        }
        if (from.byPerson()) {
            json.append(",\"person\":true");
        }
        if (entry.decidedBy() != null) {
            string(json.append(",\"decided_by\":"), entry.decidedBy());
        }
        if (from.fillsBlanksOnly()) {
            json.append(",\"blanks_only\":true");
        }
        json.append('}');
    }

    private static StringBuilder string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\\') {
                json.append('\\').append(ch);
            } else if (ch < 0x20) {
                json.append(String.format("\\u%04x", (int) ch));
            } else {
                json.append(ch);
            }
        }
        return json.append('"');
    }
}
