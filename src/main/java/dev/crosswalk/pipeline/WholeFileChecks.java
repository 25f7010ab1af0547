package dev.crosswalk.pipeline;

import dev.crosswalk.locks.LockClassifier;
import java.sql.SQLException;

/**
 * What is decided once the file's last row is in: a file whose rows mostly fail alike is refused whole
 * ({@link WrongMappingGuard}); a full export of subscriptions marks those it no longer lists; the contacts the batch
 * touched get their lock level from the rules.
 */
public final class WholeFileChecks {

    private final WrongMappingGuard wrongMapping;
    private final LockClassifier classifier;

    public WholeFileChecks(WrongMappingGuard wrongMapping, LockClassifier classifier) {
        this.wrongMapping = wrongMapping;
        this.classifier = classifier;
    }

    public void run(ImportBatch batch) throws SQLException {
        wrongMapping.check(batch.tally, batch.rows.dataRows(), batch.file.format());
        ImportRequest request = batch.request;
        batch.reconciliation = batch.parts.reconciles() == null ? null
                : batch.parts.reconciles().run(batch.connection(), request.batchId(), request.exportedAt());
        classifier.afterBatch(batch.connection(), request.batchId());
    }
}
