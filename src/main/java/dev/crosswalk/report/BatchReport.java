package dev.crosswalk.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable account of one batch: its JSON keys are public interface (operators' scripts read them).
 * {@code rows} always adds up: read = new + updated + unchanged + conflict + rejected + skipped.
 * {@code skippedReasons} counts skipped rows by reason; {@code totals} is the money the file states per currency,
 * type and status; {@code reconciliation} is what a full export's end-of-file step found (null when none ran);
 * {@code recognition} says how the file's layout, language, delimiter, encoding and date order were recognised
 * (null for a file refused before that, and for batches that read no file); {@code warnings} counts the values of
 * optional columns that could not be read and were left out of rows applied all the same ({@code count}, and
 * {@code by_reason} with the values left out of the reasons; null for batches that read no file).
 */
public record BatchReport(long batch, String kind, String source, String format, String formatVersion,
        String status, boolean preview, String file, String sha256, Instant startedAt, Instant finishedAt,
        long durationMs, String message, Long duplicateOf, Map<String, Long> rows, Map<String, Long> fields,
        Map<String, Long> conflicts, Map<String, Long> consent, Map<String, String> files,
        Map<String, Long> skippedReasons, List<Map<String, Object>> totals, Map<String, Object> reconciliation,
        Map<String, String> recognition, Map<String, Object> warnings) {

    /** A batch that read no file with optional columns: no warnings. */
    public BatchReport(long batch, String kind, String source, String format, String formatVersion,
            String status, boolean preview, String file, String sha256, Instant startedAt, Instant finishedAt,
            long durationMs, String message, Long duplicateOf, Map<String, Long> rows, Map<String, Long> fields,
            Map<String, Long> conflicts, Map<String, Long> consent, Map<String, String> files,
            Map<String, Long> skippedReasons, List<Map<String, Object>> totals, Map<String, Object> reconciliation,
            Map<String, String> recognition) {
        this(batch, kind, source, format, formatVersion, status, preview, file, sha256, startedAt, finishedAt,
                durationMs, message, duplicateOf, rows, fields, conflicts, consent, files, skippedReasons, totals,
                reconciliation, recognition, null);
    }

    /** A batch that states no money: no skipped reasons, totals or reconciliation (ledger batches, contacts). */
    public BatchReport(long batch, String kind, String source, String format, String formatVersion, String status,
            boolean preview, String file, String sha256, Instant startedAt, Instant finishedAt, long durationMs,
            String message, Long duplicateOf, Map<String, Long> rows, Map<String, Long> fields,
            Map<String, Long> conflicts, Map<String, Long> consent, Map<String, String> files) {
        this(batch, kind, source, format, formatVersion, status, preview, file, sha256, startedAt, finishedAt,
                durationMs, message, duplicateOf, rows, fields, conflicts, consent, files, null, null, null, null, null);
    }

    /**
     * What a file of {@link #files()} is, for a reader: its key, except that a refused file's copy (key
     * {@code archive}, kept for scripts) is not archived but set aside in outbox/rejected/.
     */
    public String fileLabel(String key) {
        return "archive".equals(key) && "rejected".equals(status) ? "refused file (set aside, not imported)" : key;
    }

    /** How many warnings the applied rows carried (0 when none, or for a batch that read no file). */
    public long warningCount() {
        return warnings == null ? 0 : ((Number) warnings.get("count")).longValue();
    }

    public long rowCount(String outcome) {
        return rows.getOrDefault(outcome, 0L);
    }
}
