package dev.crosswalk.rollback;

import dev.crosswalk.protect.FieldEquivalence;
import dev.crosswalk.report.BatchReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The one lifecycle of every batch, whatever its kind (import, preview, review, rollback, merge, unmerge, classify,
 * locks, duplicates, adopt, erasure, retention): its id, its one transaction, its ledger row in
 * {@code import_batches} (written here and in {@link OpenBatch} alone), a preview's rollback, its finish and commit,
 * its report. Each kind supplies only its work: {@link #run} a batch that runs in one call, {@link #open} one held
 * across the import route's stages.
 */
public final class UnitOfWork {

    /** A batch's own work, given the open batch; what it came to decides the batch's end. */
    @FunctionalInterface
    public interface Work {
        Outcome run(OpenBatch batch) throws SQLException;
    }

    private final DataSource dataSource;
    private final BatchLedger ledger;
    private final LedgerRows rows;

    /** @param outbox where each batch's output files go */
    public UnitOfWork(DataSource dataSource, BatchLedger ledger, Path outbox, FieldEquivalence equivalence) {
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.rows = new LedgerRows(outbox, equivalence);
    }

    /** The reports in the outbox: reading them, and writing one for a batch refused before it opened. */
    public BatchLedger ledger() {
        return ledger;
    }

    /** A batch id taken ahead, on a connection of its own (a file waiting in the inbox is named by it). */
    public long newId() throws SQLException {
        return newId(dataSource);
    }

    /** The same, where no unit of work is at hand yet (the import route's first stage). */
    public static long newId(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return LedgerRows.newId(c);
        }
    }

    /** Opens the batch: its transaction (the import lock first when exclusive), its id, its ledger row. */
    public OpenBatch open(BatchKind kind) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            if (kind.exclusive()) {
                LedgerRows.exclusive(c);
            }
            long id = kind.id() != null ? kind.id() : LedgerRows.newId(c);
            LedgerRows.start(c, id, kind);
            return new OpenBatch(id, kind, c, ledger, rows);
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * Runs a batch in one call: opens it, runs its work, ends it as the work's outcome says (a failure rolls it back
     * and goes on), then writes its report and outbox/index.html. Empty when there was nothing to do.
     */
    public Optional<BatchReport> run(BatchKind kind, Work work) throws SQLException {
        Outcome outcome;
        try (OpenBatch batch = open(kind)) {
            try {
                outcome = work.run(batch);
                if (outcome instanceof Outcome.Finished f) {
                    batch.finish(f.report(), f.details());
                } else {
                    batch.rollBack();
                }
            } catch (SQLException | RuntimeException e) {
                batch.abandon(e);
                throw e;
            }
        }
        if (outcome instanceof Outcome.Finished f) {
            if (!kind.preview()) {
                f.afterCommit().run();
            }
            return Optional.of(ledger.write(f.report()));
        }
        return outcome instanceof Outcome.Refused r ? Optional.of(ledger.write(r.report())) : Optional.empty();
    }
}
