package dev.crosswalk.pipeline;

import dev.crosswalk.csv.FileScan;
import dev.crosswalk.decide.RowOutcome;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.source.SourceDefinition;
import dev.crosswalk.source.SourceFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles the {@link BatchReport} of a batch from what the run knows, whatever its outcome. */
final class BatchReports {

    private final ImportRequest request;
    private final SourceDefinition source;
    private final SourceFormat format;
    private final FileScan scan;
    private final Instant started;
    private final Map<String, String> recognition;

    BatchReports(ImportRequest request, SourceDefinition source, SourceFormat format, FileScan scan, Instant started,
            Map<String, String> recognition) {
        this.request = request;
        this.source = source;
        this.format = format;
        this.scan = scan;
        this.started = started;
        this.recognition = recognition;
    }

    String sha256() {
        return scan.sha256();
    }

    /** {@code message} is the report's headline when the counts alone would mislead (an export of no rows). */
    BatchReport finished(BatchTally tally, Map<String, Object> reconciliation, Map<String, String> files,
            boolean preview, String message) {
        Map<String, Long> rows = rows(tally);
        Map<String, Long> fields = new LinkedHashMap<>();
        fields.put("changed", tally.fieldsChanged());
        fields.put("refused", tally.fieldsRefused());
        Map<String, Long> consent = new LinkedHashMap<>();
        consent.put("observed", tally.consentObserved());
        consent.put("applied", tally.consentApplied());
        consent.put("not_applied", tally.consentObserved() - tally.consentApplied());
        consent.put("pending_opt_outs", tally.conflicts().getOrDefault("PROTECTED_OPT_IN", 0L));
        return build(preview ? "previewed" : "applied", message, null, rows, fields, tally.conflicts(), consent, files,
                new Money(tally.skippedReasons(), tally.totals(), reconciliation), warnings(tally));
    }

    /** The warnings of rows applied all the same: how many, and by reason. */
    private static Map<String, Object> warnings(BatchTally tally) {
        Map<String, Object> warnings = new LinkedHashMap<>();
        warnings.put("count", tally.warnings().values().stream().mapToLong(Long::longValue).sum());
        warnings.put("by_reason", tally.warnings());
        return warnings;
    }

    BatchReport duplicate(long appliedBatch, Map<String, String> files) {
        return build("duplicate", "This file (same SHA-256) was already applied as batch " + appliedBatch
                + ": nothing was changed.", appliedBatch, rows(new BatchTally()), null, null, null, files, Money.NONE,
                null);
    }

    static BatchReport refused(ImportRequest request, String reason, Map<String, String> files) {
        return new BatchReports(request, null, null, null, Instant.now(), null)
                .build("rejected", "File refused: " + reason, null, rows(new BatchTally()), null, null, null, files,
                        Money.NONE, null);
    }

    /** The report sections only a finished batch has: skipped rows by reason, money totals, reconciliation. */
    private record Money(Map<String, Long> skippedReasons, List<Map<String, Object>> totals,
            Map<String, Object> reconciliation) {
        static final Money NONE = new Money(null, null, null);
    }

    private BatchReport build(String status, String message, Long duplicateOf, Map<String, Long> rows,
            Map<String, Long> fields, Map<String, Long> conflicts, Map<String, Long> consent,
            Map<String, String> files, Money money, Map<String, Object> warnings) {
        Instant finished = Instant.now();
        Map<String, String> allFiles = new LinkedHashMap<>(files);
        if (request.archiveTo() != null) {
            allFiles.put("archive", request.archiveTo().toString());
        }
        return new BatchReport(request.batchId(), request.preview() ? "preview" : "import", request.source(),
                format == null ? null : format.name(), format == null ? null : format.version(), status,
                request.preview(), request.file().getFileName().toString(), scan == null ? null : scan.sha256(),
                started, finished, Duration.between(started, finished).toMillis(), message, duplicateOf, rows,
                fields, conflicts, consent, allFiles, money.skippedReasons(), money.totals(), money.reconciliation(),
                recognition, warnings);
    }

    private static Map<String, Long> rows(BatchTally tally) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("read", tally.read());
        for (RowOutcome o : RowOutcome.values()) {
            rows.put(o.key(), tally.rows(o));
        }
        return rows;
    }
}
