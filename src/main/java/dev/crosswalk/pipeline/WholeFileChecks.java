package dev.crosswalk.pipeline;

import dev.crosswalk.locks.LockClassifier;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

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

    public CheckedBatch run(OpenImport batch) throws SQLException {
        wrongMapping.check(batch.tally(), batch.rows().dataRows(), batch.file().format());
        ImportRequest request = batch.request();
        Map<String, Object> reconciliation = batch.reconciles() == null ? null
                : batch.reconciles().run(batch.connection(), request.batchId(), request.exportedAt());
        classifier.afterImport(batch.connection(), request.batchId(), batch.created());
        return new CheckedBatch(batch, reconciliation, List.of());
    }
}
