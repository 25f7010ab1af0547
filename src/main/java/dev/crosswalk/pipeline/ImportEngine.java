package dev.crosswalk.pipeline;

import dev.crosswalk.apply.ChunkWriter;
import dev.crosswalk.apply.MoneyWriter;
import dev.crosswalk.apply.SubscriptionReconciliation;
import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.consent.ConsentRules;
import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.csv.FileScan;
import dev.crosswalk.csv.RejectedFileException;
import dev.crosswalk.db.PlannerStatistics;
import dev.crosswalk.db.Sql;
import dev.crosswalk.decide.ChunkDecider;
import dev.crosswalk.decide.RowOutcome;
import dev.crosswalk.erasure.ErasureKey;
import dev.crosswalk.erasure.Tombstones;
import dev.crosswalk.locks.LockClassifier;
import dev.crosswalk.match.ChunkLoader;
import dev.crosswalk.match.LockRules;
import dev.crosswalk.protect.FieldEquivalence;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.NamedConflicts;
import dev.crosswalk.report.NamedConflicts.NamedConflict;
import dev.crosswalk.report.OutboxIndex;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.report.OwnerOnly;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.source.AfterLastRow;
import dev.crosswalk.source.DateOrderScan;
import dev.crosswalk.source.DateRule;
import dev.crosswalk.source.FileRecogniser;
import dev.crosswalk.source.MappingContext;
import dev.crosswalk.source.SourceDefinition;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.source.Sources;
import dev.crosswalk.value.DateOrderEvidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one file as one batch: scan and recognise it, then stream, chunk, match, protect and apply its rows
 * inside one database transaction — committed whole, rolled back whole (always, for a preview) — and write the
 * report and the row-level files. A file already applied (same SHA-256) changes nothing and says so; a file whose
 * rows are mostly rejected for one reason is refused whole ({@link WrongMappingGuard}).
 */
public final class ImportEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ImportEngine.class);
    /** how often a long import checks that the planner still knows how large the tables it grows are */
    private static final long STATISTICS_CHECK_ROWS = 10_000;

    private final DataSource dataSource;
    private final CrosswalkSettings settings;
    private final Sources sources;
    private final FileRecogniser recogniser;
    private final ReportWriter reports;
    private final LockClassifier classifier;
    private final ReentrantLock importing = new ReentrantLock();
    private final OwnerOnly ownerOnly;
    private final WrongMappingGuard wrongMapping;
    private final Tombstones tombstones;
    private final OutboxIndex index;

    public ImportEngine(DataSource dataSource, CrosswalkSettings settings, Sources sources) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.sources = sources;
        this.recogniser = new FileRecogniser(sources);
        this.classifier = new LockClassifier(settings, sources);
        this.ownerOnly = new OwnerOnly(settings.outboxPrivate(), settings.outbox());
        this.wrongMapping = WrongMappingGuard.from(settings);
        // created here, at first start, when the installation has none yet
        this.tombstones = new Tombstones(ErasureKey.load(settings));
        this.reports = new ReportWriter(ownerOnly);
        this.index = new OutboxIndex(dataSource, settings.outbox(), settings.outboxPrivate());
    }

    /** How outbox files and folders are made private; the inbox moves files with the same rule. */
    public OwnerOnly ownerOnly() {
        return ownerOnly;
    }

    /**
     * A file imported from the command line stays where it is; the outbox keeps a private copy where the inbox
     * would have moved it (the archive, or outbox/rejected/), so the archive records every batch.
     */
    void keepCopy(Path file, Path destination) throws IOException {
        ownerOnly.folder(destination.getParent());
        Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
        ownerOnly.file(destination);
    }

    public long newBatchId() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(Sql.load("batch/next-id"));
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public BatchReport run(ImportRequest request) throws IOException, SQLException {
        SourceDefinition source = sources.find(request.source()).orElseThrow(() -> new RejectedFileException(
                "Unknown source '" + request.source() + "'. Expected one of " + sources.names() + "."));
        Instant started = Instant.now();
        FileScan scan = FileScan.of(request.file());
        try (CsvFile csv = CsvFile.open(request.file(), scan, settings.csvLimits())) {
            SourceFormat format = recogniser.recognise(source, csv.header());
            DateRule dateRule = format.dateRule(csv.header());
            DateOrderEvidence.Decision dates = DateOrderScan.decide(request.file(), scan, settings.csvLimits(),
                    dateRule);
            BatchReports builder = new BatchReports(request, source, format, scan, started,
                    Recognition.of(format, csv, scan, dates));
            Long applied = request.preview() ? null : appliedBefore(source.name(), scan.sha256());
            if (applied != null) {
                OutputFiles outputs = new OutputFiles(settings.outbox(), request.batchId(), request.preview());
                return report(builder.duplicate(applied, outputs.written()), outputs);
            }
            // one batch at a time: in this process here, so that waiting inboxes hold no pooled connection, and
            // across processes (a CLI import beside the service) by the advisory lock each batch takes
            importing.lock();
            try {
                return importRows(request, source, format, csv, builder, dateRule, dates);
            } finally {
                importing.unlock();
            }
        }
    }

    /**
     * The report of a refused file: nothing was written to the database. A reason that does not yet say what the
     * inbox reads gets the inbox's expectation appended, so every refusal tells the reader what to drop instead.
     */
    public BatchReport refuse(ImportRequest request, String reason) {
        OutputFiles outputs = new OutputFiles(settings.outbox(), request.batchId(), request.preview());
        return report(BatchReports.refused(request, withExpectation(reason, request.source()), outputs.written()),
                outputs);
    }

    String withExpectation(String reason, String source) {
        if (reason.contains("Expected") || reason.contains("expected")) {
            return reason;
        }
        return sources.find(source).map(s -> reason + " inbox/" + s.name() + "/ expects "
                + s.formats().stream().map(SourceFormat::expectation).collect(Collectors.joining("; or ")) + ".")
                .orElse(reason);
    }

    private BatchReport importRows(ImportRequest request, SourceDefinition source, SourceFormat format, CsvFile csv,
            BatchReports builder, DateRule dateRule, DateOrderEvidence.Decision dates) throws SQLException {
        OutputFiles outputs = new OutputFiles(settings.outbox(), request.batchId(), request.preview());
        outputs.open();
        BatchTally tally = new BatchTally();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/lock"))) {
                    ps.execute();
                }
                insertBatch(c, request, source, format, builder.sha256());
                SubscriptionReconciliation reconciles = format.afterLastRow() == AfterLastRow.RECONCILE_SUBSCRIPTIONS
                        ? new SubscriptionReconciliation(source.system()) : null;
                if (reconciles != null) {
                    reconciles.refuseIfStale(c, request.exportedAt());
                }
                ChunkWriter writer = new ChunkWriter(request.batchId(), source.name());
                writer.prepare(c);
                MoneyWriter money = new MoneyWriter(request.batchId(), source.system());
                money.prepare(c);
                ChunkDecider decider = new ChunkDecider(request.batchId(), source,
                        LockRules.load(c, settings.fillBlanksOnLocked()),
                        new FieldEquivalence(settings.phoneDefaultCountry()),
                        new ConsentRules(settings.autoHonourOptOuts()));
                ChunkProcessor chunks = new ChunkProcessor(
                        new ChunkLoader(source.name(), source.system(), tombstones.forBatch(c)), decider, writer,
                        money, tally);
                MappingContext context = new MappingContext(source, request.exportedAt(), settings.sourceZone(),
                        dates);
                String label = "Batch " + request.batchId() + " (" + request.file().getFileName() + ")";
                RowStream stream = new RowStream(csv, DateOrderScan.guard(format.bind(csv.header(), context), dateRule),
                        tally, outputs, label);
                PlannerStatistics statistics = new PlannerStatistics(STATISTICS_CHECK_ROWS);
                stream.forEachChunk(settings.chunkSize(), settings.progressEveryRows(), rows -> {
                    ChunkProcessor.Written written = chunks.process(c, rows);
                    outputs.changes(written.changes());
                    written.skipped().forEach(k -> outputs.rejected(k.line(), RowOutcome.SKIPPED.key(), k.reason()));
                    statistics.afterChunk(c, rows.size());
                });
                wrongMapping.check(tally, stream.dataRows(), format);
                Map<String, Object> reconciliation = reconciles == null ? null
                        : reconciles.run(c, request.batchId(), request.exportedAt());
                classifier.afterBatch(c, request.batchId());
                List<NamedConflict> listed = new ArrayList<>();
                NamedConflicts.forEach(c, request.batchId(), true, k -> {
                    outputs.conflict(k);
                    if (listed.size() < ReportWriter.LISTED_CONFLICTS) {
                        listed.add(k);
                    }
                });
                BatchReport report = builder.finished(tally, reconciliation, outputs.written(), request.preview(),
                        stream.dataRows() == 0 ? noRows(reconciliation) : null);
                if (request.preview()) {
                    c.rollback();
                } else {
                    finishBatch(c, report, outputs);
                    c.commit();
                }
                outputs.close();
                LOG.info("Batch {} {} {}: {}", request.batchId(), report.status(), request.file().getFileName(),
                        report.rows());
                return report(report, outputs, listed);
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(c, e);
                outputs.discard();
                Long winner = e instanceof SQLException sql && appliedConcurrently(sql)
                        ? appliedBefore(source.name(), builder.sha256()) : null;
                if (winner == null) {
                    throw e;
                }
                LOG.warn("Batch {}: {} was applied meanwhile by another instance as batch {}; rolled back",
                        request.batchId(), request.file().getFileName(), winner);
                OutputFiles none = new OutputFiles(settings.outbox(), request.batchId(), request.preview());
                return report(builder.duplicate(winner, none.written()), none);
            }
        }
    }

    /**
     * A header with no rows is an export of nothing (a month without payments, a list nobody joined yet): an empty
     * batch whose report says so. A full export of nothing has listed nobody, so it marks nobody missing either.
     */
    private static String noRows(Map<String, Object> reconciliation) {
        return "The export had no rows: nothing was imported" + (reconciliation == null ? "."
                : " and nothing was marked missing.");
    }

    /** A connection that died with the server cannot roll back; the server drops the transaction anyway. */
    private static void rollbackAfter(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Another instance may have committed the same file first: the unique index on applied (source, sha256), or
     * one on the rows both wrote (an email), refuses this commit. Whether it was that is checked afterwards.
     */
    private static boolean appliedConcurrently(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    private BatchReport report(BatchReport report, OutputFiles outputs) {
        return report(report, outputs, List.of());
    }

    private BatchReport report(BatchReport report, OutputFiles outputs, List<NamedConflict> listed) {
        reports.write(report, outputs.reportJson(), outputs.reportHtml(), listed);
        outputs.written().values().forEach(path -> ownerOnly.file(Path.of(path)));
        index.write();
        return report;
    }

    private Long appliedBefore(String source, String sha256) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(Sql.load("batch/applied-sha256"))) {
            ps.setString(1, source);
            ps.setString(2, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void insertBatch(Connection c, ImportRequest request, SourceDefinition source,
            SourceFormat format, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/insert"))) {
            ps.setLong(1, request.batchId());
            ps.setString(2, request.preview() ? "preview" : "import");
            ps.setString(3, source.name());
            ps.setString(4, format.name());
            ps.setString(5, format.version());
            ps.setString(6, request.file().getFileName().toString());
            ps.setString(7, sha256);
            ps.executeUpdate();
        }
    }

    private static void finishBatch(Connection c, BatchReport r, OutputFiles outputs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/finish"))) {
            int p = 1;
            ps.setString(p++, r.status());
            for (String outcome : new String[] {"read", "new", "updated", "unchanged", "conflict", "rejected",
                "skipped"}) {
                ps.setLong(p++, r.rowCount(outcome));
            }
            ps.setString(p++, outputs.reportJson().toString());
            ps.setString(p++, outputs.reportHtml().toString());
            ps.setString(p++, ReportWriter.toJson(r));
            ps.setLong(p, r.batch());
            ps.executeUpdate();
        }
    }
}
