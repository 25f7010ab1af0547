package dev.crosswalk.source;

import dev.crosswalk.value.DateOrderEvidence;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What a row mapper needs besides the row: its source, when the file was exported (its last-modified time,
 * the observation time of consent a row states without a timestamp), the zone for zone-less times, and the file's
 * date order as decided before any row was read (null when the format has no day/month dates).
 */
public record MappingContext(SourceDefinition source, Instant fileObservedAt, ZoneId zone,
        DateOrderEvidence.Decision dates) {
}
