package dev.crosswalk.pipeline;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.OutputFiles;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file already applied (same source, same SHA-256) changes nothing: its batch gets a report that says which
 * batch applied it, and no transaction. A preview is always run: it changes nothing anyway.
 */
public final class DuplicateCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateCheck.class);

    private final AppliedFiles applied;
    private final Outbox outbox;

    public DuplicateCheck(DataSource dataSource, Outbox outbox) {
        this.applied = new AppliedFiles(dataSource);
        this.outbox = outbox;
    }

    public void check(ImportBatch batch) throws SQLException {
        if (batch.request.preview()) {
            return;
        }
        Long before = applied.batchOf(batch.file.source().name(), batch.file.reports().sha256());
        if (before != null) {
            OutputFiles outputs = new OutputFiles(outbox.root(), batch.request.batchId(), false);
            BatchReport report = batch.file.reports().duplicate(before, outputs.written());
            batch.settle(new SettledBatch(report, outputs, List.of()));
            LOG.info("Batch {} {} {}: the same file as batch {}", batch.request.batchId(), report.status(),
                    batch.request.file().getFileName(), before);
        }
    }
}
