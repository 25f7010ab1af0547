package dev.crosswalk.merge;

import dev.crosswalk.apply.ContactMerger;
import dev.crosswalk.apply.MergeRefused;
import dev.crosswalk.locks.LockClassifier;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.rollback.BatchLedger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** {@code merge KEEP DUPLICATE} and {@code unmerge MERGE}: each one transaction, one batch, one report. */
public final class MergeService {

    private final DataSource dataSource;
    private final BatchLedger ledger;

    private final LockClassifier classifier;

    public MergeService(DataSource dataSource, BatchLedger ledger, LockClassifier classifier) {
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.classifier = classifier;
    }

    public BatchReport merge(long keep, long duplicate, String by) throws SQLException {
        return run("merge", "contacts " + keep + " + " + duplicate, by, (c, batch) -> {
            long mergeId = ContactMerger.merge(c, keep, duplicate, batch);
            return new Outcome("Merged contact " + duplicate + " into " + keep + " (merge " + mergeId
                    + "; undo with: unmerge " + mergeId + ").", Map.of("merge", mergeId, "kept", keep,
                    "merged", duplicate, "by", by));
        });
    }

    public BatchReport unmerge(long mergeId, boolean force, String by) throws SQLException {
        return run("unmerge", "merge " + mergeId, by, (c, batch) -> {
            long[] contacts = Unmerger.unmerge(c, mergeId, batch, force);
            return new Outcome("Undid merge " + mergeId + ": contacts " + contacts[0] + " and " + contacts[1]
                    + " are restored from its snapshot.", Map.of("merge", mergeId, "kept", contacts[0],
                    "merged", contacts[1], "by", by));
        });
    }

    private record Outcome(String message, Map<String, Object> details) {
    }

    private interface Work {
        Outcome apply(Connection c, long batch) throws SQLException;
    }

    private BatchReport run(String kind, String what, String by, Work work) throws SQLException {
        Instant started = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long batch = BatchLedger.newId(c);
            try {
                BatchLedger.start(c, batch, kind, null, what);
                Outcome outcome = work.apply(c, batch);
                classifier.afterBatch(c, batch);
                Map<String, Long> rows = new LinkedHashMap<>();
                rows.put("read", 1L);
                rows.put("updated", 1L);
                BatchReport report = BatchLedger.report(batch, kind, "applied", what, started, outcome.message(),
                        rows, null, Map.of(), ledger.files(batch, Map.of()));
                ledger.finish(c, report, outcome.details());
                c.commit();
                return ledger.write(report);
            } catch (MergeRefused e) {
                c.rollback();
                Map<String, Long> rows = new LinkedHashMap<>();
                rows.put("read", 1L);
                rows.put("rejected", 1L);
                return ledger.write(BatchLedger.report(batch, kind, "refused", what, started,
                        "Refused: " + e.getMessage() + ". Nothing was changed.", rows, null, Map.of(),
                        ledger.files(batch, Map.of())));
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
