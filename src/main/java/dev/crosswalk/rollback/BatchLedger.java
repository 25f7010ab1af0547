package dev.crosswalk.rollback;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.OutboxIndex;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.report.OwnerOnly;
import dev.crosswalk.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A batch's report: where it and the batch's files go in the outbox, reading it back, writing it with
 * outbox/index.html. (The {@code import_batches} row is {@link UnitOfWork}'s.)
 */
public final class BatchLedger {

    private final Path outbox;
    private final ReportWriter writer;
    private final OutboxIndex index;

    /** {@code outboxPrivate}: the outbox's files readable by their owner only (crosswalk.outbox.private). */
    public BatchLedger(Path outbox, boolean outboxPrivate, DataSource dataSource) {
        this.outbox = outbox;
        this.writer = new ReportWriter(new OwnerOnly(outboxPrivate, outbox));
        this.index = new OutboxIndex(dataSource, outbox, outboxPrivate);
    }

    /** Where the report of a batch goes, plus any extra files it wrote, by report key. */
    public Map<String, String> files(long batch, Map<String, Path> extra) {
        Map<String, String> files = new LinkedHashMap<>(new OutputFiles(outbox, batch).written());
        extra.forEach((k, v) -> files.put(k, v.toString()));
        return files;
    }

    /** A file of a batch's in outbox/reports/, e.g. {@code report(7, "review.csv")} is reports/7-review.csv. */
    public Path report(long batch, String name) {
        return new Outbox(outbox).report(batch, name);
    }

    /** A report for a ledger batch; {@code rows} and {@code fields} keep their insertion order. */
    public static BatchReport report(long batch, String kind, String status, String file, Instant started,
            String message, Map<String, Long> rows, Map<String, Long> fields, Map<String, Long> reasons,
            Map<String, String> files) {
        Instant finished = Instant.now();
        return new BatchReport(batch, kind, null, null, null, status, false, file, null, started, finished,
                Duration.between(started, finished).toMillis(), message, null, rows, fields, reasons, null, files);
    }

    /** The report a batch left in the outbox, if any (refused files and previews have no ledger row). */
    public Optional<BatchReport> read(long batch) {
        Path json = new OutputFiles(outbox, batch).reportJson();
        return Files.isRegularFile(json) ? Optional.of(ReportWriter.read(json)) : Optional.empty();
    }

    Path outbox() {
        return outbox;
    }

    /** Writes the batch's report, then outbox/index.html (the batch is over: committed, or refused). */
    public BatchReport write(BatchReport r) {
        OutputFiles paths = new OutputFiles(outbox, r.batch());
        writer.write(r, paths.reportJson(), paths.reportHtml());
        index.write();
        return r;
    }

    static String json(Object value) {
        try {
            return ReportWriter.JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
