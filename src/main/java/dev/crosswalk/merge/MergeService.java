package dev.crosswalk.merge;

import dev.crosswalk.apply.ContactMerger;
import dev.crosswalk.apply.MergeRefused;
import dev.crosswalk.locks.LockClassifier;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.rollback.BatchKind;
import dev.crosswalk.rollback.Outcome;
import dev.crosswalk.rollback.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code merge KEEP DUPLICATE} and {@code unmerge MERGE}: each one transaction, one batch, one report. */
public final class MergeService {

    private final UnitOfWork batches;

    private final LockClassifier classifier;

    public MergeService(UnitOfWork batches, LockClassifier classifier) {
        this.batches = batches;
        this.classifier = classifier;
    }

    public BatchReport merge(long keep, long duplicate, String by) throws SQLException {
        return run("merge", "contacts " + keep + " + " + duplicate, by, (c, batch) -> {
            long mergeId = ContactMerger.merge(c, keep, duplicate, batch);
            return new Done("Merged contact " + duplicate + " into " + keep + " (merge " + mergeId
                    + "; undo with: unmerge " + mergeId + ").", Map.of("merge", mergeId, "kept", keep,
                    "merged", duplicate, "by", by));
        });
    }

    public BatchReport unmerge(long mergeId, boolean force, String by) throws SQLException {
        return run("unmerge", "merge " + mergeId, by, (c, batch) -> {
            long[] contacts = Unmerger.unmerge(c, mergeId, batch, force);
            return new Done("Undid merge " + mergeId + ": contacts " + contacts[0] + " and " + contacts[1]
                    + " are restored from its snapshot.", Map.of("merge", mergeId, "kept", contacts[0],
                    "merged", contacts[1], "by", by));
        });
    }

    private record Done(String message, Map<String, Object> details) {
    }

    private interface Work {
        Done apply(Connection c, long batch) throws SQLException;
    }

    /** The merge or unmerge as one batch; refused as a whole when the merge rules say no. */
    private BatchReport run(String kind, String what, String by, Work work) throws SQLException {
        return batches.run(BatchKind.of(kind, what), batch -> {
            Map<String, Long> rows = new LinkedHashMap<>();
            rows.put("read", 1L);
            try {
                Done done = work.apply(batch.connection(), batch.id());
                classifier.afterBatch(batch.connection(), batch.id());
                rows.put("updated", 1L);
                return Outcome.finished(batch.report("applied", done.message(), rows, null, Map.of(),
                        batch.files(Map.of())), done.details());
            } catch (MergeRefused e) {
                rows.put("rejected", 1L);
                return Outcome.refused(batch.report("refused", "Refused: " + e.getMessage()
                        + ". Nothing was changed.", rows, null, Map.of(), batch.files(Map.of())));
            }
        }).orElseThrow();
    }
}
