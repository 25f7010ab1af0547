package dev.crosswalk.review;

import dev.crosswalk.csv.RejectedFileException;
import dev.crosswalk.db.Sql;
import dev.crosswalk.locks.LockClassifier;
import dev.crosswalk.protect.FieldEquivalence;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.CsvOut;
import dev.crosswalk.rollback.BatchKind;
import dev.crosswalk.rollback.BatchLedger;
import dev.crosswalk.rollback.Outcome;
import dev.crosswalk.rollback.UnitOfWork;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies reviewers' decisions as one batch of kind review, in one transaction, with the same audit, lock and
 * consent rules as everything else; answers with a report and {@code <batch>-review.csv}, one line per row
 * saying what became of it.
 */
public final class ReviewService {

    private static final String REFUSED = "rejected";
    private static final String SKIPPED = "skipped";

    private static final Logger LOG = LoggerFactory.getLogger(ReviewService.class);

    private final UnitOfWork batches;
    private final LockClassifier classifier;
    private final FieldEquivalence equivalence;

    public ReviewService(UnitOfWork batches, LockClassifier classifier, FieldEquivalence equivalence) {
        this.equivalence = equivalence;
        this.batches = batches;
        this.classifier = classifier;
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
            BatchLedger reports = batches.ledger();
            return reports.write(BatchLedger.report(batch, "review", "rejected", name, started,
                    "File refused: " + e.getMessage(), counts(List.of()), null, Map.of(),
                    reports.files(batch, Map.of())));
        }
        return apply(BatchKind.of("review", name).withId(batch), rows, by + " (" + name + ")");
    }

    /** {@code resolve ID DECISION}: one decision, the same way. */
    public BatchReport resolve(long conflictId, String decision, String by) throws SQLException {
        return apply(BatchKind.of("review", "resolve " + conflictId), List.of(DecisionRow.one(1,
                Long.toString(conflictId), decision)), by);
    }

    /** {@code resolve --batch N --reason R [--field F] DECISION}: every open conflict that matches, one batch. */
    public BatchReport resolveAll(long conflictBatch, String reason, String field, String decision, String by)
            throws SQLException {
        String what = "resolve --batch " + conflictBatch + " --reason " + reason
                + (field == null ? "" : " --field " + field);
        return apply(BatchKind.of("review", what), List.of(new DecisionRow(1, DecisionRow.EVERY, decision,
                Long.toString(conflictBatch), reason, field)), by);
    }

    public long newBatchId() throws SQLException {
        return batches.newId();
    }

    /** What became of one conflict (or of a row that named none): the row's line and decision, the conflict. */
    private record Answer(long line, String conflictId, String decision, ConflictDecider.Outcome outcome) {

        String status() {
            return outcome.status();
        }
    }

    /**
     * Applies the rows in one transaction. When no decision could be applied, nothing changed: the batch is
     * recorded as refused (never applied), its answers say why per row.
     */
    private BatchReport apply(BatchKind kind, List<DecisionRow> rows, String by) throws SQLException {
        BatchReport report = batches.run(kind, batch -> {
            Connection c = batch.connection();
            ConflictDecider decider = new ConflictDecider(c, batch.id(), by, equivalence);
            List<Answer> answers = new ArrayList<>();
            for (DecisionRow row : rows) {
                if (row.bulk()) {
                    answers.addAll(decideAll(c, decider, row));
                } else {
                    answers.add(new Answer(row.line(), row.conflictId(), row.decision(),
                            decider.decide(row.conflictId(), row.decision())));
                }
            }
            classifier.afterBatch(c, batch.id());
            Path answerFile = batch.report("review.csv");
            try (CsvOut out = new CsvOut(answerFile, "line", "conflict_id", "decision", "outcome", "message")) {
                answers.forEach(a -> out.row(a.line(), a.conflictId(), a.decision(), a.status(),
                        a.outcome().message()));
            }
            Map<String, Long> byOutcome = new LinkedHashMap<>();
            answers.forEach(a -> byOutcome.merge(a.status(), 1L, Long::sum));
            long refused = byOutcome.getOrDefault(REFUSED, 0L);
            long skipped = byOutcome.getOrDefault(SKIPPED, 0L);
            long applied = answers.size() - refused - skipped;
            Map<String, Long> stillOpen = openByReason(c);
            Map<String, Long> refusals = new LinkedHashMap<>();
            answers.stream().filter(a -> a.outcome().refusal() != null)
                    .forEach(a -> refusals.merge(a.outcome().refusal(), 1L, Long::sum));
            String message = message(applied, refused, skipped, byOutcome, refusals, stillOpen);
            String status = applied > 0 ? "applied" : "refused";
            return Outcome.finished(batch.report(status, message, counts(answers), null, stillOpen,
                    batch.files(Map.of("answers", answerFile))), Map.of("by", by, "outcomes", byOutcome));
        }).orElseThrow();
        LOG.info("Batch {} (review, {}): {}", report.batch(), kind.what(), report.message());
        return report;
    }

    /** A {@code *} row: its decision for every open conflict it matches, each answered on its own. */
    private static List<Answer> decideAll(Connection c, ConflictDecider decider, DecisionRow row)
            throws SQLException {
        String batch = row.batch() == null ? "" : row.batch().strip();
        String reason = row.reason() == null ? "" : row.reason().strip();
        String field = row.field() == null || row.field().isBlank() ? null : row.field().strip();
        if (!batch.matches("\\d+") || reason.isEmpty()) {
            return List.of(new Answer(row.line(), row.conflictId(), row.decision(), ConflictDecider.rejected(
                    ConflictDecider.NOT_A_DECISION, "a '*' row decides every open conflict of one batch and reason: "
                    + "fill batch and reason (and field to narrow it)")));
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("review/matching"))) {
            ps.setString(1, reason);
            ps.setString(2, field);
            ps.setString(3, field);
            ps.setLong(4, Long.parseLong(batch));
            ps.setLong(5, Long.parseLong(batch));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (ids.isEmpty()) {
            return List.of(new Answer(row.line(), row.conflictId(), row.decision(), ConflictDecider.rejected(
                    ConflictDecider.NO_SUCH_ITEM, "no open conflict of batch " + batch + " with reason " + reason
                    + (field == null ? "" : " and field " + field))));
        }
        List<Answer> answers = new ArrayList<>();
        for (long id : ids) {
            answers.add(new Answer(row.line(), Long.toString(id), row.decision(),
                    decider.decide(Long.toString(id), row.decision())));
        }
        return answers;
    }

    private static Map<String, Long> openByReason(Connection c) throws SQLException {
        Map<String, Long> open = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("review/open-by-reason"));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                open.put(rs.getString(1), rs.getLong(2));
            }
        }
        return open;
    }

    /**
     * "3 decisions applied (2 taken, 1 kept), 1 refused (1 stored value changed since the conflict was raised), 0
     * rows without a decision. Still open: 12 LOCKED."
     */
    private static String message(long applied, long refused, long skipped, Map<String, Long> byOutcome,
            Map<String, Long> refusals, Map<String, Long> stillOpen) {
        StringBuilder why = new StringBuilder();
        refusals.forEach((refusal, n) -> why.append(why.length() == 0 ? " (" : ", ").append(n).append(' ')
                .append(refusal));
        StringBuilder kinds = new StringBuilder();
        byOutcome.forEach((outcome, n) -> {
            if (!REFUSED.equals(outcome) && !SKIPPED.equals(outcome)) {
                kinds.append(kinds.length() == 0 ? " (" : ", ").append(n).append(' ').append(outcome);
            }
        });
        StringBuilder open = new StringBuilder();
        stillOpen.forEach((reason, n) -> open.append(open.length() == 0 ? "" : ", ").append(n).append(' ')
                .append(reason));
        return applied + " decisions applied" + (kinds.length() == 0 ? "" : kinds + ")") + ", " + refused
                + " refused" + (why.length() == 0 ? "" : why + ")") + " (the reason per row in the review answers), "
                + skipped + " rows without a decision"
                + (applied == 0 ? "; nothing was changed" : "") + ". Still open: "
                + (open.length() == 0 ? "nothing" : open.toString()) + ".";
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
