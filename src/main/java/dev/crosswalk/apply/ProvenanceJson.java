package dev.crosswalk.apply;

import dev.crosswalk.decide.ContactState;
import dev.crosswalk.decide.ContactState.StoredEntry;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.FieldSource;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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

    private static final int AT_CACHED = 4096;

    private final long batch;
    private final Map<Instant, String> atText = new HashMap<>();

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

    /**
     * Where each of a new contact's values came from, all stored by this batch. Compact (V192) where fields share the
     * first field's source, as a file's fields mostly do: that entry once under {@code "*"}, and 0 for each field
     * whose entry it is.
     */
    String created(ContactState contact) {
        Set<ContactField> fields = contact.sourcesChanged();
        StringBuilder json = new StringBuilder(32 * fields.size() + 96).append('{');
        FieldSource shared = shared(contact, fields);
        if (shared != null) {
            json.append("\"*\":");
            entry(json, shared.source(), shared.evidenceAt(), batch, shared.byPerson(), null, shared.fillsBlanksOnly());
        }
        for (ContactField field : fields) {
            FieldSource from = contact.source(field);
            if (from.equals(shared)) {
                key(json, field).append('0');
            } else {
                entry(key(json, field), from.source(), from.evidenceAt(), batch, from.byPerson(), null,
                        from.fillsBlanksOnly());
            }
        }
        return json.append('}').toString();
    }

    /** The first field's source where another field has the same (null: none to share). */
    private static FieldSource shared(ContactState contact, Set<ContactField> fields) {
        FieldSource first = null;
        for (ContactField field : fields) {
            FieldSource from = contact.source(field);
            if (first == null) {
                first = from;
            } else if (from.equals(first)) {
                return first;
            }
        }
        return null;
    }

    /**
     * The patch of an existing contact's provenance. A source's observation replaces a source's: an import never
     * marks a value a person's. A restatement (the same text with better evidence) keeps the batch that stored the
     * value.
     */
    Patch patch(ContactState contact) {
        int size = 64 * contact.sourcesChanged().size() + 2;
        StringBuilder after = new StringBuilder(size).append('{');
        StringBuilder before = new StringBuilder(size).append('{');
        for (ContactField field : contact.sourcesChanged()) {
            FieldSource from = contact.source(field);
            StoredEntry was = contact.stored(field);
            Long storedBy = !contact.restatedOnly(field) ? Long.valueOf(batch) : was == null ? null : was.batch();
            entry(key(after, field), from.source(), from.evidenceAt(), storedBy, false, null, from.fillsBlanksOnly());
            if (was == null) {
                key(before, field).append("null");
            } else {
                FieldSource stored = was.source();
                entry(key(before, field), stored.source(), stored.evidenceAt(), was.batch(), stored.byPerson(),
                        was.decidedBy(), stored.fillsBlanksOnly());
            }
        }
        return new Patch(after.append('}').toString(), before.append('}').toString());
    }

    private static StringBuilder key(StringBuilder json, ContactField field) {
        if (json.length() > 1) {
            json.append(',');
        }
        return string(json, field.column()).append(':');
    }

    /** One entry as provenance_entry makes it (keys left out where null or false). */
    private void entry(StringBuilder json, String source, Instant evidenceAt, Long storedBy, boolean byPerson,
            String decidedBy, boolean fillsBlanksOnly) {
        string(json.append("{\"source\":"), source).append(",\"at\":\"").append(at(evidenceAt)).append('"');
        if (storedBy != null) {
            json.append(",\"batch\":").append(storedBy);
        }
        if (byPerson) {
            json.append(",\"person\":true");
        }
        if (decidedBy != null) {
            string(json.append(",\"decided_by\":"), decidedBy);
        }
        if (fillsBlanksOnly) {
            json.append(",\"blanks_only\":true");
        }
        json.append('}');
    }

    private String at(Instant evidenceAt) {
        String text = atText.get(evidenceAt);
        if (text == null) {
            // a file's entries share few times (its export time, the stored entries' earlier ones): bounded for a
            // file that dates every row
            if (atText.size() == AT_CACHED) {
                atText.clear();
            }
            text = AT.format(evidenceAt);
            atText.put(evidenceAt, text);
        }
        return text;
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
