package dev.crosswalk.apply;

import dev.crosswalk.decide.ContactState;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.FieldSource;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A batch's created contacts' rows of {@code contact_provenance}: by contacts column, the entry the database function
 * {@code provenance_entry} makes, in the same textual form (so equal provenance is equal JSON whoever wrote it).
 * Written by hand: one per new contact, where a JSON tree cost a sixth of the import's CPU; and the evidence time
 * formatted once for the entries that share it (most of a file's: its export time), where formatting each cost
 * most of the rest.
 */
final class ProvenanceJson {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final long batch;
    private Instant lastAt;
    private String lastAtText;

    /** For the contacts {@code batch} creates. */
    ProvenanceJson(long batch) {
        this.batch = batch;
    }

    /** Where each of a new contact's values came from, all stored by this batch. */
    String created(ContactState contact) {
        StringBuilder json = new StringBuilder(64 * contact.sourcesChanged().size() + 2).append('{');
        for (ContactField field : contact.sourcesChanged()) {
            FieldSource from = contact.source(field);
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, field.column()).append(":{\"source\":");
            string(json, from.source()).append(",\"at\":\"").append(at(from.evidenceAt()));
            json.append("\",\"batch\":").append(batch);
            if (from.byPerson()) {
                json.append(",\"person\":true");
            }
            if (from.fillsBlanksOnly()) {
                json.append(",\"blanks_only\":true");
            }
            json.append('}');
        }
        return json.append('}').toString();
    }

    private String at(Instant evidenceAt) {
        if (!evidenceAt.equals(lastAt)) {
            lastAt = evidenceAt;
            lastAtText = AT.format(evidenceAt);
        }
        return lastAtText;
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
