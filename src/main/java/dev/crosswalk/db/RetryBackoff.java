package dev.crosswalk.db;

/**
 * Exponential backoff while the database is unreachable: the first retry after {@code initialDelayMs}, each next
 * one twice as late, never later than {@code maxDelayMs}. The inbox routes use the same numbers.
 */
public record RetryBackoff(long initialDelayMs, long maxDelayMs) {

    /** The wait before retry number {@code attempt} (1 = the first retry). */
    public long delayBefore(int attempt) {
        double delay = initialDelayMs * Math.pow(2, Math.max(0, attempt - 1));
        return (long) Math.min(delay, maxDelayMs);
    }
}
