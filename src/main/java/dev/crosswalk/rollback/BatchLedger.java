package dev.crosswalk.rollback;

import dev.crosswalk.apply.ConflictQueue;
import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Sql;
import dev.crosswalk.protect.FieldEquivalence;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.OutboxIndex;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.report.OwnerOnly;
import dev.crosswalk.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of the {@code import_batches} ledger: a batch's id, its row when it starts (a file import, or a
 * rollback, review, merge, unmerge, classify, duplicates batch) and its counts and report when it finishes; and the
 * report of a batch that is not a file import, or only reported when refused.
 */
public final class BatchLedger {

    private static final Logger LOG = LoggerFactory.getLogger(BatchLedger.class);

    private final Path outbox;
    private final ReportWriter writer;
    private final OutboxIndex index;
    private final FieldEquivalence equivalence;

    public BatchLedger(CrosswalkSettings settings, DataSource dataSource) {
        this.equivalence = new FieldEquivalence(settings.phoneDefaultCountry());
        this.outbox = settings.outbox();
        this.writer = new ReportWriter(new OwnerOnly(settings.outboxPrivate(), outbox));
        this.index = new OutboxIndex(dataSource, outbox, settings.outboxPrivate());
    }

    public static long newId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/next-id")); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A batch opened on its own connection, before its transaction (a file waiting in the inbox is given one). */
    public static long newId(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return newId(c);
        }
    }

    public static void start(Connection c, long id, String kind, String source, String fileName) throws SQLException {
        start(c, id, kind, source, null, null, fileName, null);
    }

    /** A file import's row also names the layout it was read as and the file's SHA-256 (its duplicate check). */
    public static void start(Connection c, long id, String kind, String source, String format, String formatVersion,
            String fileName, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/insert"))) {
            ps.setLong(1, id);
            ps.setString(2, kind);
            ps.setString(3, source);
            ps.setString(4, format);
            ps.setString(5, formatVersion);
            ps.setString(6, fileName);
            ps.setString(7, sha256);
            ps.executeUpdate();
        }
    }

    public static void status(Connection c, String status, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("rollback/set-status"))) {
            ps.setString(1, status);
            ps.setArray(2, c.createArrayOf("bigint", ids.toArray()));
            ps.executeUpdate();
        }
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

    /**
     * Records the finished batch (inside its transaction) with its details; the report is written after. Open review
     * items whose proposal the batch made the stored value close themselves first.
     */
    public void finish(Connection c, BatchReport r, Object details) throws SQLException {
        int settled = ConflictQueue.settle(c, r.batch(), equivalence);
        if (settled > 0) {
            LOG.info("Batch {}: {} open review items settled (the stored value is their proposal)", r.batch(),
                    settled);
        }
        OutputFiles paths = new OutputFiles(outbox, r.batch());
        try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/finish"))) {
            int p = 1;
            ps.setString(p++, r.status());
            for (String outcome : new String[] {"read", "new", "updated", "unchanged", "conflict", "rejected",
                "skipped"}) {
                ps.setLong(p++, r.rowCount(outcome));
            }
            ps.setString(p++, paths.reportJson().toString());
            ps.setString(p++, paths.reportHtml().toString());
            ps.setString(p++, json(details));
            ps.setLong(p, r.batch());
            ps.executeUpdate();
        }
    }

    /** The report a batch left in the outbox, if any (refused files and previews have no ledger row). */
    public Optional<BatchReport> read(long batch) {
        Path json = new OutputFiles(outbox, batch).reportJson();
        return Files.isRegularFile(json) ? Optional.of(ReportWriter.read(json)) : Optional.empty();
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
