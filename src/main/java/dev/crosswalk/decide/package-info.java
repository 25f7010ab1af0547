/**
 * The decision core of an import: per chunk, the rows and a {@link dev.crosswalk.decide.ChunkSnapshot} of what their
 * keys reach become a {@link dev.crosswalk.decide.ChunkPlan} ({@link dev.crosswalk.decide.ChunkDecider}): which
 * contact each row is, what it creates and changes, what the lock level refuses, what its consent observation does,
 * which merges to perform or suggest, and each row's outcome.
 *
 * <p>Pure: it reads no database, no files and no settings. It may use the model, the source definitions (consent
 * roles, initial locks) and the pure rule classes of {@code protect} and {@code consent}; never java.sql,
 * javax.sql, Camel or {@code dev.crosswalk.config}. Loading is {@code match/ChunkLoader}'s job, writing
 * {@code apply/ChunkWriter}'s, {@code apply/MoneyWriter}'s and {@code apply/MergeWriter}'s.
 */
package dev.crosswalk.decide;
