package dev.crosswalk.rollback;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A batch between {@link UnitOfWork#open} and its end: its id, its one transaction (its ledger row already written,
 * status running), the files it writes. Its work reads and writes through {@link #connection()}; the ledger row is
 * changed only through the methods here. It ends {@link #finish finished} (committed, or rolled back for a preview),
 * {@link #rollBack rolled back} (refused: its files stay) or {@link #abandon abandoned} (a failure: rolled back,
 * its files deleted); {@link #close} gives the connection back whatever happened.
 */
public final class OpenBatch implements AutoCloseable {

    private final long id;
    private final BatchKind kind;
    private final Connection connection;
    private final Instant started = Instant.now();
    private final BatchLedger ledger;
    private final LedgerRows rows;
    private final List<Path> written = new ArrayList<>();
    private OutputFiles outputs;
    private boolean ended;
    private Runnable release = () -> { };

    OpenBatch(long id, BatchKind kind, Connection connection, BatchLedger ledger, LedgerRows rows) {
        this.id = id;
        this.kind = kind;
        this.connection = connection;
        this.ledger = ledger;
        this.rows = rows;
    }

    public long id() {
        return id;
    }

    public Connection connection() {
        return connection;
    }

    public Instant started() {
        return started;
    }

    public boolean preview() {
        return kind.preview();
    }

    /** What closing gives back besides the connection (the import's one-batch-at-a-time turn). */
    public void whenClosed(Runnable release) {
        this.release = release;
    }

    /** The batch's conflicts, rejected, changes files (opened on first use; deleted if the batch fails). */
    public OutputFiles outputs() {
        if (outputs == null) {
            outputs = new OutputFiles(ledger.outbox(), id, kind.preview());
            outputs.open();
        }
        return outputs;
    }

    /** A file of the batch's in outbox/reports/ ({@code <id>-<name>}), deleted if the batch fails. */
    public Path report(String name) {
        Path file = ledger.report(id, name);
        written.add(file);
        return file;
    }

    /** Where the batch's report goes, plus the extra files it wrote, by report key. */
    public Map<String, String> files(Map<String, Path> extra) {
        return ledger.files(id, extra);
    }

    /** The batch's report; {@code rows} and {@code fields} keep their insertion order. */
    public BatchReport report(String status, String message, Map<String, Long> counts, Map<String, Long> fields,
            Map<String, Long> reasons, Map<String, String> files) {
        return BatchLedger.report(id, kind.kind(), status, kind.what(), started, message, counts, fields, reasons,
                files);
    }

    /** Names what the batch works on once its work has found it (an erasure's contact). */
    public void describe(String what) throws SQLException {
        LedgerRows.describe(connection, id, what);
    }

    /** Other batches' status, in this batch's transaction (a rollback marks what it undid, or re-applied). */
    public void markStatus(String status, List<Long> ids) throws SQLException {
        LedgerRows.status(connection, status, ids);
    }

    /** Other batches whose history values this batch cleared: they can no longer be rolled back. */
    public void valuesExpired(List<Long> ids) throws SQLException {
        LedgerRows.valuesExpired(connection, ids);
    }

    /** The batch records that spell one of {@code emails}, their report and details redacted; how many. */
    public long redactRecords(Collection<String> emails, UnaryOperator<String> redact) throws SQLException {
        return LedgerRows.redact(connection, emails, redact);
    }

    /**
     * The ledger row finished with the report and details, then the commit; a preview is rolled back instead. The
     * report itself is written after, by whoever publishes it.
     */
    public void finish(BatchReport report, Object details) throws SQLException {
        if (kind.preview()) {
            connection.rollback();
        } else {
            rows.finish(connection, report, details);
            connection.commit();
        }
        end();
    }

    /** Refused: nothing it did stays; the files it wrote to say why stay. */
    public void rollBack() throws SQLException {
        connection.rollback();
        end();
    }

    /** A failure: the transaction is rolled back and the batch's half-written files deleted; safe to call twice. */
    public void abandon(Exception failure) {
        if (ended) {
            return;
        }
        ended = true;
        try {
            connection.rollback();
        } catch (SQLException e) {
            // a connection that died with the server cannot roll back; the server drops the transaction anyway
            failure.addSuppressed(e);
        }
        if (outputs != null) {
            outputs.discard();
        }
        for (Path file : written) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private void end() {
        ended = true;
        if (outputs != null) {
            outputs.close();
        }
    }

    /** Gives the connection back (rolling back what was not ended) and the turn; safe to call twice. */
    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            release.run();
            release = () -> { };
        }
    }
}
