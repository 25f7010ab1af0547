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
 * (null for a file refused before that, and for batches that read no file).
 */
public record BatchReport(long batch, String kind, String source, String format, String formatVersion,
        String status, boolean preview, String file, String sha256, Instant startedAt, Instant finishedAt,
        long durationMs, String message, Long duplicateOf, Map<String, Long> rows, Map<String, Long> fields,
        Map<String, Long> conflicts, Map<String, Long> consent, Map<String, String> files,
        Map<String, Long> skippedReasons, List<Map<String, Object>> totals, Map<String, Object> reconciliation,
        Map<String, String> recognition) {

    /** A batch that states no money: no skipped reasons, totals or reconciliation (ledger batches, contacts). */
    public BatchReport(long batch, String kind, String source, String format, String formatVersion, String status,
            boolean preview, String file, String sha256, Instant startedAt, Instant finishedAt, long durationMs,
            String message, Long duplicateOf, Map<String, Long> rows, Map<String, Long> fields,
            Map<String, Long> conflicts, Map<String, Long> consent, Map<String, String> files) {
        this(batch, kind, source, format, formatVersion, status, preview, file, sha256, startedAt, finishedAt,
                durationMs, message, duplicateOf, rows, fields, conflicts, consent, files, null, null, null, null);
    }

    /**
     * What a file of {@link #files()} is, for a reader: its key, except that a refused file's copy (key
     * {@code archive}, kept for scripts) is not archived but set aside in outbox/rejected/.
     */
    public String fileLabel(String key) {
        return "archive".equals(key) && "rejected".equals(status) ? "refused file (set aside, not imported)" : key;
    }

    public long rowCount(String outcome) {
        return rows.getOrDefault(outcome, 0L);
    }
}
