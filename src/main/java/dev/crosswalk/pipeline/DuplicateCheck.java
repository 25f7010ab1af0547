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

    /** What the check hands on: the file, going on to its transaction, or the duplicate's settled batch. */
    sealed interface Outcome permits RecognisedFile, SettledBatch {
    }

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateCheck.class);

    private final AppliedFiles applied;
    private final Outbox outbox;

    public DuplicateCheck(DataSource dataSource, Outbox outbox) {
        this.applied = new AppliedFiles(dataSource);
        this.outbox = outbox;
    }

    public Outcome check(RecognisedFile file) throws SQLException {
        ImportRequest request = file.request();
        Long before = request.preview() ? null : applied.batchOf(file.source().name(), file.reports().sha256());
        if (before == null) {
            return file;
        }
        OutputFiles outputs = new OutputFiles(outbox.root(), request.batchId(), false);
        BatchReport report = file.reports().duplicate(before, outputs.written());
        LOG.info("Batch {} {} {}: the same file as batch {}", request.batchId(), report.status(),
                request.file().getFileName(), before);
        return new SettledBatch(request, report, outputs, List.of());
    }
}
