package dev.crosswalk.pipeline;

import dev.crosswalk.report.NamedConflicts;
import dev.crosswalk.report.ReportWriter;
import java.sql.SQLException;

/**
 * The review queue's side of a batch: its open conflicts, by priority and each naming its person, into
 * {@code outbox/conflicts/<batch>-conflicts.csv} (a decisions file for the review inbox) — or, for a preview, its
 * list in reports/. The first few are kept for the report's page.
 */
public final class ConflictsFile {

    public void write(ImportBatch batch) throws SQLException {
        NamedConflicts.forEach(batch.connection(), batch.request.batchId(), true, k -> {
            batch.outputs().conflict(k);
            if (batch.listed.size() < ReportWriter.LISTED_CONFLICTS) {
                batch.listed.add(k);
            }
        });
    }
}
