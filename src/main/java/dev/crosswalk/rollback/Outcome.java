package dev.crosswalk.rollback;

import dev.crosswalk.report.BatchReport;

/**
 * What a batch's work came to, for {@link UnitOfWork#run}: finished (committed with its details, or rolled back if a
 * preview, then {@code afterCommit} and the report), refused (rolled back, only the report written) or nothing to do
 * (rolled back, no report).
 */
public sealed interface Outcome {

    static Finished finished(BatchReport report, Object details) {
        return new Finished(report, details, () -> { });
    }

    static Refused refused(BatchReport report) {
        return new Refused(report);
    }

    static Nothing nothing() {
        return new Nothing();
    }

    /**
     * Done: the ledger row is finished with {@code report} and {@code details} and committed; {@code afterCommit}
     * (files outside the database: deleted, rewritten) runs once the commit is made, never for a preview.
     */
    record Finished(BatchReport report, Object details, Runnable afterCommit) implements Outcome {

        public Finished then(Runnable afterCommit) {
            return new Finished(report, details, afterCommit);
        }
    }

    /** Refused as a whole: nothing it did stays, its report says why. */
    record Refused(BatchReport report) implements Outcome {
    }

    /** Nothing to do (no such person, no such contact): nothing stays, no report. */
    record Nothing() implements Outcome {
    }
}
