package dev.crosswalk.bench;

/**
 * The sizes of one benchmark run. The full plan is the one the targets are set for (issue 6); {@code --quick}
 * divides every size by 10 so the whole run takes about a minute; tests divide further.
 *
 * @param copyRows contacts written by the COPY baseline
 * @param importRows rows of the all-new and all-known Kajabi files (and the size of the large scale database)
 * @param paypalRows PayPal activity rows
 * @param scaleFileRows the file imported into the small and the large database
 * @param scaleSmallContacts contacts in the small database
 * @param latencyRows rows of the file dropped into a running service
 * @param memoryRows rows imported by the child JVM with a small heap
 */
public record BenchPlan(String name, long copyRows, long importRows, long paypalRows, long scaleFileRows,
        long scaleSmallContacts, long latencyRows, long memoryRows, String memoryHeap) {

    public static final double CHANGED_SHARE = 0.30;
    /** one contact in LOCK_EVERY is locked before the all-known import: 5% */
    public static final int LOCK_EVERY = 20;

    public static BenchPlan full() {
        return new BenchPlan("full", 1_000_000, 1_000_000, 1_000_000, 100_000, 10_000, 6_000, 1_000_000, "256m");
    }

    /** Every size divided by {@code divisor}; the latency file stays 6,000 rows, its target is for that size. */
    public static BenchPlan divided(String name, int divisor) {
        BenchPlan f = full();
        return new BenchPlan(name, f.copyRows / divisor, f.importRows / divisor, f.paypalRows / divisor,
                f.scaleFileRows / divisor, Math.max(10, f.scaleSmallContacts / divisor),
                divisor > 10 ? f.latencyRows / divisor : f.latencyRows, f.memoryRows / divisor, f.memoryHeap);
    }
}
