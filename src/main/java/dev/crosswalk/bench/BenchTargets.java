package dev.crosswalk.bench;

/** The targets for a 2-core machine, checked against one run's figures. */
final class BenchTargets {

    private BenchTargets() {
    }

    static void check(BenchResults r) {
        double copy = r.get("copy_baseline").rowsPerSecond();
        share(r, "all new", r.get("import_all_new"), copy, 1.0 / 3, ">= 0.333");
        share(r, "all known", r.get("import_all_known"), copy, 0.35, ">= 0.35");
        Measurement paypal = r.get("transactions_paypal");
        if (paypal != null) {
            share(r, "PayPal activity", paypal, copy, 0.35, ">= 0.35");
        }
        double scale = r.get("scale_large_db").seconds() / r.get("scale_small_db").seconds();
        r.target("scale: time in large DB / small DB", "<= 1.5", scale, scale <= 1.5);
        Measurement latency = r.get("latency");
        r.target("latency: " + latency.rows() + " rows, seconds (median of " + latency.detail().get("drops") + ")",
                "<= 1.0", latency.seconds(), latency.seconds() <= 1.0);
        Measurement memory = r.get("memory");
        boolean completed = Boolean.TRUE.equals(memory.detail().get("completed"));
        r.target("memory: " + memory.rows() + " rows completed under " + memory.detail().get("heap"), "completed",
                completed ? 1 : 0, completed);
    }

    private static void share(BenchResults r, String name, Measurement m, double copy, double target, String wanted) {
        double share = m.rowsPerSecond() / copy;
        r.target(name + ": share of COPY rows/s", wanted, share, share >= target);
    }
}
