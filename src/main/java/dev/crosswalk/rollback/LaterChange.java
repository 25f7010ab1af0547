package dev.crosswalk.rollback;

/** A change a later batch made to what the batch being rolled back changed. */
public record LaterChange(long batch, String kind, String table, long recordId, String field) {
}
