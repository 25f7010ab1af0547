package dev.crosswalk.pipeline;

import dev.crosswalk.model.SourcePrecedence;
import java.time.ZoneId;

/**
 * The settings an import batch is built with ({@link BatchAssembler}): how its rows are read (the zone of dates
 * written without one, rows per chunk, how often progress is logged) and decided (whether a full lock still takes
 * fills, which source wins a field, the phone numbers' default country, whether opt-outs are honoured at once).
 */
public record ImportOptions(ZoneId sourceZone, int chunkSize, long progressEveryRows, boolean approveFillsOnFullLock,
        SourcePrecedence precedence, String phoneDefaultCountry, boolean autoHonourOptOuts) {
}
