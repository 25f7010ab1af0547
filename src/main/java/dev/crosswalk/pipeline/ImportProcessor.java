package dev.crosswalk.pipeline;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Database;
import dev.crosswalk.db.DatabaseOutage;
import dev.crosswalk.db.DatabaseUnavailableException;
import dev.crosswalk.report.BatchReport;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** The pipeline's one step: runs the file's batch through the {@link ImportEngine} and says where the file goes. */
public final class ImportProcessor implements Processor {

    private final ImportEngine engine;
    private final CrosswalkSettings settings;
    private final Database database;

    public ImportProcessor(ImportEngine engine, CrosswalkSettings settings, Database database) {
        this.engine = engine;
        this.settings = settings;
        this.database = database;
    }

    /**
     * An unreachable database becomes {@link DatabaseUnavailableException}, which the error handling retries with
     * backoff while the file waits in its inbox; the transaction was rolled back, so a retry starts clean.
     */
    @Override
    public void process(Exchange exchange) throws Exception {
        if (!database.isReady()) {
            throw new DatabaseUnavailableException("the database (" + database.where() + ") has not answered since "
                    + "start-up", null);
        }
        try {
            run(exchange);
        } catch (Exception e) {
            if (DatabaseOutage.isOutage(e)) {
                throw new DatabaseUnavailableException("the database (" + database.where() + ") is unreachable: "
                        + DatabaseOutage.describe(e), e);
            }
            throw e;
        }
    }

    private void run(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        Path file = in.getBody(File.class).toPath();
        String source = in.getHeader(Headers.SOURCE, String.class);
        boolean preview = "preview".equals(in.getHeader(Headers.MODE, String.class));
        long batchId = engine.newBatchId();
        in.setHeader(Headers.BATCH_ID, batchId);
        Long lastModified = in.getHeader(Exchange.FILE_LAST_MODIFIED, Long.class);
        Instant exportedAt = lastModified != null ? Instant.ofEpochMilli(lastModified)
                : Files.getLastModifiedTime(file).toInstant();
        boolean fromInbox = in.getHeader(Headers.FROM_INBOX, false, Boolean.class);
        Path archiveTo = archivePath(batchId, source, preview, file);
        engine.ownerOnly().folder(archiveTo.getParent());
        engine.ownerOnly().folder(settings.outbox().resolve("rejected"));
        if (fromInbox) {
            // the inbox moves the file itself (to the archive or outbox/rejected/): it keeps these permissions
            engine.ownerOnly().file(file);
        }
        ImportRequest request = new ImportRequest(batchId, file, source, preview, exportedAt, archiveTo);
        exchange.setProperty(Headers.REQUEST, request);
        BatchReport report = engine.run(request);
        if (!fromInbox) {
            engine.keepCopy(file, archiveTo);
        }
        in.setHeader(Headers.REPORT, report);
        in.setHeader(Headers.DESTINATION, archiveTo == null ? null : archiveTo.toString());
    }

    private Path archivePath(long batchId, String source, boolean preview, Path file) {
        Path day = settings.outbox().resolve("archive").resolve(LocalDate.now().toString());
        Path folder = preview ? day.resolve("preview").resolve(source) : day.resolve(source);
        // the batch id keeps weekly exports that share a file name apart
        return folder.resolve(batchId + "-" + file.getFileName());
    }
}
