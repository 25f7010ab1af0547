package dev.crosswalk.report;

import java.time.Instant;
import java.util.Map;

/**
 * The machine-readable account of one batch: its JSON keys are public interface (operators' scripts read them).
 * {@code rows} always adds up: read = new + updated + unchanged + conflict + rejected + skipped.
 */
public record BatchReport(long batch, String kind, String source, String format, String formatVersion,
        String status, boolean preview, String file, String sha256, Instant startedAt, Instant finishedAt,
        long durationMs, String message, Long duplicateOf, Map<String, Long> rows, Map<String, Long> fields,
        Map<String, Long> conflicts, Map<String, Long> consent, Map<String, String> files) {

    public long rowCount(String outcome) {
        return rows.getOrDefault(outcome, 0L);
    }
}
