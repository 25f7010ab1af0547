package dev.crosswalk.review;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.csv.RejectedFileException;
import dev.crosswalk.locks.LockClassifier;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.CsvOut;
import dev.crosswalk.rollback.BatchLedger;
import dev.crosswalk.source.Sources;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies reviewers' decisions as one batch of kind review, in one transaction, with the same audit, lock and
 * consent rules as everything else; answers with a report and {@code <batch>-review.csv}, one line per row
 * saying what became of it.
 */
public final class ReviewService {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewService.class);

    private final DataSource dataSource;
    private final BatchLedger ledger;
    private final LockClassifier classifier;

    public ReviewService(DataSource dataSource, CrosswalkSettings settings) {
        this.dataSource = dataSource;
        this.ledger = new BatchLedger(settings);
        this.classifier = new LockClassifier(settings, new Sources(settings));
    }

    /** A decisions file; {@code batch} is taken ahead so the inbox can name the archived file. */
    public BatchReport applyFile(Path file, long batch, String by) throws SQLException, IOException {
        Instant started = Instant.now();
        String name = file.getFileName().toString();
        List<DecisionRow> rows;
        try {
            rows = DecisionFile.read(file);
        } catch (RejectedFileException e) {
            LOG.warn("Batch {}: refused decisions file {}: {}", batch, name, e.getMessage());
            return ledger.write(BatchLedger.report(batch, "review", "rejected", name, started,
                    "File refused: " + e.getMessage(), counts(List.of()), null, Map.of(),
                    ledger.files(batch, Map.of())));
        }
        return apply(batch, name, rows, by + " (" + name + ")", started);
    }

    /** {@code resolve ID DECISION}: one decision, the same way. */
    public BatchReport resolve(long conflictId, String decision, String by) throws SQLException {
        long batch;
        try (Connection c = dataSource.getConnection()) {
            batch = BatchLedger.newId(c);
        }
        return apply(batch, "resolve " + conflictId, List.of(new DecisionRow(1, Long.toString(conflictId),
                decision)), by, Instant.now());
    }

    public long newBatchId() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return BatchLedger.newId(c);
        }
    }

    private record Answer(DecisionRow row, ConflictDecider.Outcome outcome) {
    }

    private BatchReport apply(long batch, String what, List<DecisionRow> rows, String by, Instant started)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                BatchLedger.start(c, batch, "review", null, what);
                ConflictDecider decider = new ConflictDecider(c, batch, by);
                List<Answer> answers = new ArrayList<>();
                for (DecisionRow row : rows) {
                    ConflictDecider.Outcome outcome = decider.decide(row.conflictId(), row.decision());
                    answers.add(new Answer(row, outcome));
                }
                classifier.afterBatch(c, batch);
                Path answerFile = ledger.file("reports", batch + "-review.csv");
                try (CsvOut out = new CsvOut(answerFile, "line", "conflict_id", "decision", "outcome", "message")) {
                    answers.forEach(a -> out.row(a.row().line(), a.row().conflictId(), a.row().decision(),
                            a.outcome().status(), a.outcome().message()));
                }
                Map<String, Long> byOutcome = new LinkedHashMap<>();
                answers.forEach(a -> byOutcome.merge(a.outcome().status(), 1L, Long::sum));
                long applied = answers.stream().filter(a -> !"rejected".equals(a.outcome().status())
                        && !"skipped".equals(a.outcome().status())).count();
                String message = applied + " decisions applied, " + byOutcome.getOrDefault("rejected", 0L)
                        + " rejected (see the review answers), " + byOutcome.getOrDefault("skipped", 0L)
                        + " rows without a decision.";
                BatchReport report = BatchLedger.report(batch, "review", "applied", what, started, message,
                        counts(answers), null, byOutcome, ledger.files(batch, Map.of("answers", answerFile)));
                ledger.finish(c, report, Map.of("by", by, "outcomes", byOutcome));
                c.commit();
                LOG.info("Batch {} (review, {}): {}", batch, what, message);
                return ledger.write(report);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Rows as a batch report counts them: data changed (updated), answered without change, rejected, blank. */
    private static Map<String, Long> counts(List<Answer> answers) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("read", (long) answers.size());
        rows.put("new", 0L);
        rows.put("updated", answers.stream().filter(a -> a.outcome().changedData()).count());
        rows.put("unchanged", answers.stream().filter(a -> "kept".equals(a.outcome().status())
                || "dismissed".equals(a.outcome().status())).count());
        rows.put("conflict", 0L);
        rows.put("rejected", answers.stream().filter(a -> "rejected".equals(a.outcome().status())).count());
        rows.put("skipped", answers.stream().filter(a -> "skipped".equals(a.outcome().status())).count());
        return rows;
    }
}
