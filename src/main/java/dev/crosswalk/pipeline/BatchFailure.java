package dev.crosswalk.pipeline;

import dev.crosswalk.db.Database;
import dev.crosswalk.db.DatabaseOutage;
import dev.crosswalk.db.DatabaseUnavailableException;
import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.OutputFiles;
import java.sql.SQLException;
import java.util.List;
import org.apache.camel.CamelExchangeException;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any failure of a batch's stages: the transaction is rolled back and the batch's files deleted, then the failure
 * goes on to the error handling (routes/error-handling.camel.yaml) — unless another instance applied the same file
 * meanwhile, which is no failure but a duplicate, reported as such. An unreachable database becomes
 * {@link DatabaseUnavailableException}, which the error handling retries with backoff while the file waits in its
 * inbox; the transaction was rolled back, so a retry starts clean.
 */
public final class BatchFailure {

    private static final Logger LOG = LoggerFactory.getLogger(BatchFailure.class);

    private final Database database;
    private final AppliedFiles applied;
    private final Outbox outbox;

    public BatchFailure(Database database, Outbox outbox) {
        this.database = database;
        this.applied = new AppliedFiles(database.dataSource());
        this.outbox = outbox;
    }

    /**
     * {@code exchange}'s failure, and its batch as doFinally will close it ({@link Headers#BATCH}): the open import
     * to roll back, or the file recognised before (nothing to roll back yet). A duplicate is the settled batch.
     */
    public SettledBatch handle(Exchange exchange) throws Exception {
        Exception failure = cause(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
        if (exchange.getProperty(Headers.BATCH) instanceof OpenImport batch) {
            batch.open().abandon(failure);
            ImportRequest request = batch.request();
            Long winner = appliedConcurrently(failure)
                    ? applied.batchOf(batch.file().source().name(), batch.file().reports().sha256()) : null;
            if (winner != null) {
                LOG.warn("Batch {}: {} was applied meanwhile by another instance as batch {}; rolled back",
                        request.batchId(), request.file().getFileName(), winner);
                OutputFiles outputs = new OutputFiles(outbox.root(), request.batchId(), request.preview());
                return new SettledBatch(request, batch.file().reports().duplicate(winner, outputs.written()),
                        outputs, List.of());
            }
        }
        if (!(failure instanceof DatabaseUnavailableException) && DatabaseOutage.isOutage(failure)) {
            throw new DatabaseUnavailableException("the database (" + database.where() + ") is unreachable: "
                    + DatabaseOutage.describe(failure), failure);
        }
        throw failure;
    }

    /** A failure inside the chunk split reaches here wrapped by it: the error handling needs the failure itself. */
    static Exception cause(Exception caught) {
        Exception e = caught;
        while (e instanceof CamelExchangeException && e.getCause() instanceof Exception inner) {
            e = inner;
        }
        return e;
    }

    /**
     * Another instance may have committed the same file first: the unique index on applied (source, sha256), or
     * one on the rows both wrote (an email), refuses this commit. Whether it was that is checked afterwards.
     */
    private static boolean appliedConcurrently(Exception e) {
        return e instanceof SQLException sql && "23505".equals(sql.getSQLState());
    }
}
