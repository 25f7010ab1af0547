package dev.crosswalk.pipeline;

import dev.crosswalk.report.NamedConflicts;
import dev.crosswalk.report.NamedConflicts.NamedConflict;
import dev.crosswalk.report.ReportWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The review queue's side of a batch: its open conflicts, by priority and each naming its person, into
 * {@code outbox/conflicts/<batch>-conflicts.csv} (a decisions file for the review inbox) — or, for a preview, its
 * list in reports/. The first few are handed on for the report's page.
 */
public final class ConflictsFile {

    public CheckedBatch queue(CheckedBatch checked) throws SQLException {
        OpenImport batch = checked.batch();
        List<NamedConflict> listed = new ArrayList<>();
        NamedConflicts.forEach(batch.connection(), batch.request().batchId(), true, k -> {
            batch.outputs().conflict(k);
            if (listed.size() < ReportWriter.LISTED_CONFLICTS) {
                listed.add(k);
            }
        });
        return new CheckedBatch(batch, checked.reconciliation(), listed);
    }
}
