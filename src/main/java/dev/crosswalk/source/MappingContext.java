package dev.crosswalk.source;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What a row mapper needs besides the row: its source, when the file was exported (its last-modified time,
 * the observation time of consent a row states without a timestamp), and the zone for zone-less times.
 */
public record MappingContext(SourceDefinition source, Instant fileObservedAt, ZoneId zone) {
}
