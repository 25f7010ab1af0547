package dev.crosswalk.apply;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.decide.ContactState;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.FieldSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A created contact's row of {@code contact_provenance}: by contacts column, the entry the database function
 * {@code provenance_entry} makes, in the same textual form (so equal provenance is equal JSON whoever wrote it).
 */
final class ProvenanceJson {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ProvenanceJson() {
    }

    /** Where each of a new contact's values came from, all stored by {@code batch}. */
    static String created(ContactState contact, long batch) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (ContactField field : contact.sourcesChanged()) {
            FieldSource from = contact.source(field);
            ObjectNode entry = fields.putObject(field.column());
            entry.put("source", from.source());
            entry.put("at", AT.format(from.evidenceAt()));
            entry.put("batch", batch);
            if (from.byPerson()) {
                entry.put("person", true);
            }
            if (from.fillsBlanksOnly()) {
                entry.put("blanks_only", true);
            }
        }
        return fields.toString();
    }
}
