package dev.crosswalk.match;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.crosswalk.decide.ContactState;
import dev.crosswalk.decide.ContactState.StoredEntry;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.FieldSource;
import dev.crosswalk.value.BoundedMemo;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A contact's provenance row as stored ({@code contact_provenance.fields}) read into the entries the rules compare,
 * as the view {@code contact_field_sources} shows them: one row of text per contact, where the view made a row per
 * field (7.5 for a Kajabi person) and the loading of a known file's contacts spent most of its time on them. A
 * shared entry ({@code "*"}, V192) is one object for every field that names it.
 */
final class StoredProvenance {

    private static final JsonFactory JSON = new JsonFactory();

    /** a chunk's entries share few times (the exports that stored them) */
    private final BoundedMemo<String, Instant> atOf = new BoundedMemo<>(4096, Instant::parse);

    /** Adds the row's entries, and which fields share its entry, to the contact. */
    void read(String fields, ContactState contact) throws IOException {
        StoredEntry shared = null;
        Set<ContactField> sharing = EnumSet.noneOf(ContactField.class);
        boolean sharedByUnmapped = false;
        try (JsonParser json = JSON.createParser(fields)) {
            expect(json, json.nextToken(), JsonToken.START_OBJECT, fields);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String key = json.currentName();
                ContactField field = ContactField.ofColumn(key);
                JsonToken value = json.nextToken();
                if (value == JsonToken.START_OBJECT) {
                    StoredEntry entry = entry(json, fields);
                    if (key.equals("*")) {
                        shared = entry;
                    } else if (field != null) {
                        contact.sourceStored(field, entry);
                    }
                } else {
                    expect(json, value, JsonToken.VALUE_NUMBER_INT, fields);
                    if (field != null) {
                        sharing.add(field);
                    } else {
                        sharedByUnmapped = true;
                    }
                }
            }
        }
        if (!sharing.isEmpty() && shared == null) {
            throw new IOException("provenance of contact " + contact.id() + " names a shared entry it lacks: "
                    + fields);
        }
        for (ContactField field : sharing) {
            contact.sourceStored(field, shared);
        }
        contact.storedSharing(sharedByUnmapped ? null : sharing);
    }

    /** One entry as provenance_entry writes it; keys it does not know are passed over. */
    private StoredEntry entry(JsonParser json, String fields) throws IOException {
        String source = null;
        Instant at = null;
        Long batch = null;
        boolean byPerson = false;
        String decidedBy = null;
        boolean blanksOnly = false;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String key = json.currentName();
            json.nextToken();
            switch (key) {
                case "source" -> source = json.getValueAsString();
                case "at" -> at = atOf.apply(json.getValueAsString());
                case "batch" -> batch = json.getLongValue();
                case "person" -> byPerson = json.getBooleanValue();
                case "decided_by" -> decidedBy = json.getValueAsString();
                case "blanks_only" -> blanksOnly = json.getBooleanValue();
                default -> json.skipChildren();
            }
        }
        if (at == null) {
            throw new IOException("a provenance entry without its evidence time: " + fields);
        }
        return new StoredEntry(new FieldSource(source, at, byPerson, blanksOnly), batch, decidedBy);
    }

    private static void expect(JsonParser json, JsonToken token, JsonToken expected, String fields)
            throws IOException {
        if (token != expected) {
            throw new IOException("not a provenance row (" + expected + " expected at " + json.currentLocation()
                    + "): " + fields);
        }
    }
}
