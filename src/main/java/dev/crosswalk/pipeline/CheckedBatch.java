package dev.crosswalk.pipeline;

import dev.crosswalk.report.NamedConflicts.NamedConflict;
import java.util.List;
import java.util.Map;

/**
 * A batch past its last row and its whole-file checks, on its way to the commit: the open batch, what the
 * reconciliation of a full subscriptions export found (null for any other layout), and the first few conflicts the
 * review queue listed, for the report's page.
 */
record CheckedBatch(OpenImport batch, Map<String, Object> reconciliation, List<NamedConflict> listed) {
}
