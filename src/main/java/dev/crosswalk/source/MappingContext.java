package dev.crosswalk.source;

import dev.crosswalk.value.DateOrderEvidence;
import dev.crosswalk.value.NumberStyleEvidence;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What a row mapper needs besides the row: its source, when the file was exported (its last-modified time,
 * the observation time of consent a row states without a timestamp), the zone for zone-less times, and the file's
 * date order and number style as decided before any row was read (null when the format has no day/month dates, or
 * no amounts).
 */
public record MappingContext(SourceDefinition source, Instant fileObservedAt, ZoneId zone,
        DateOrderEvidence.Decision dates, NumberStyleEvidence.Decision numbers) {

    /** A file whose styles are those the scan decided. */
    public MappingContext(SourceDefinition source, Instant fileObservedAt, ZoneId zone, FileStyleScan.Styles styles) {
        this(source, fileObservedAt, zone, styles.dates(), styles.numbers());
    }
}
