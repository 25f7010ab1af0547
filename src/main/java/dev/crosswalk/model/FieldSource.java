package dev.crosswalk.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where a contact field's value came from (table contact_field_sources): the source whose observation it is, when
 * that source's data was true ({@code evidenceAt}), whether a person decided it, and whether it is only a checkout's
 * view of the person (a billing name or address, which fills blanks and yields to every other source).
 */
public record FieldSource(String source, Instant evidenceAt, boolean byPerson, boolean fillsBlanksOnly) {

    public FieldSource {
        // stored as timestamptz: microseconds, so a value compares the same before and after it is stored
        evidenceAt = evidenceAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** What a row of {@code source} says, as of its evidence time. */
    public static FieldSource observed(String source, ContactData data) {
        return new FieldSource(source, data.evidenceAt(), false, data.fillsBlanksOnly());
    }
}
