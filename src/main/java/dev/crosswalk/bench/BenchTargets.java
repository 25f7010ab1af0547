package dev.crosswalk.bench;

/** The targets for a 2-core machine, checked against one run's figures. */
final class BenchTargets {

    private BenchTargets() {
    }

    static void check(BenchResults r) {
        double copy = r.get("copy_baseline").rowsPerSecond();
        Measurement allNew = r.get("import_all_new");
        Measurement allKnown = r.get("import_all_known");
        r.target("all new: share of COPY rows/s", ">= 0.333", allNew.rowsPerSecond() / copy,
                allNew.rowsPerSecond() / copy >= 1.0 / 3);
        r.target("all new: rows/s", ">= 60000", allNew.rowsPerSecond(), allNew.rowsPerSecond() >= 60_000);
        r.target("all known: share of COPY rows/s", ">= 0.2", allKnown.rowsPerSecond() / copy,
                allKnown.rowsPerSecond() / copy >= 0.2);
        double scale = r.get("scale_large_db").seconds() / r.get("scale_small_db").seconds();
        r.target("scale: time in large DB / small DB", "<= 1.5", scale, scale <= 1.5);
        Measurement latency = r.get("latency");
        r.target("latency: " + latency.rows() + " rows, seconds", "<= 3", latency.seconds(), latency.seconds() <= 3);
        Measurement memory = r.get("memory");
        boolean completed = Boolean.TRUE.equals(memory.detail().get("completed"));
        r.target("memory: " + memory.rows() + " rows completed under " + memory.detail().get("heap"), "completed",
                completed ? 1 : 0, completed);
    }
}
