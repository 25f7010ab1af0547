package dev.crosswalk.rollback;

import dev.crosswalk.support.TestCrosswalk;
import java.util.List;
import java.util.Map;

/**
 * Every data table, row for row and column for column (ids and timestamps included); the ledger tables
 * (import_batches, import_audit_log, import_conflicts) are left out because a rollback adds to them by design.
 */
final class DataSnapshot {

    private DataSnapshot() {
    }

    static Map<String, List<Map<String, Object>>> of(TestCrosswalk crosswalk) throws Exception {
        Map<String, List<Map<String, Object>>> all = crosswalk.snapshot();
        all.keySet().removeAll(List.of("import_batches", "import_audit_log", "import_conflicts"));
        return all;
    }
}
