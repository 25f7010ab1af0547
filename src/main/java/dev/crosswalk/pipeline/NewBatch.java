package dev.crosswalk.pipeline;

import dev.crosswalk.db.Database;
import dev.crosswalk.db.DatabaseUnavailableException;
import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.OwnerOnly;
import dev.crosswalk.rollback.UnitOfWork;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The import route's first stage: gives the dropped file its batch id and decides where it goes afterwards
 * ({@code archive/<date>/<source>/}, or {@code archive/<date>/preview/<source>/} for a preview): the
 * {@link ImportRequest} the next stage recognises.
 */
public final class NewBatch {

    private final Database database;
    private final Outbox outbox;
    private final OwnerOnly ownerOnly;

    public NewBatch(Database database, Outbox outbox, OwnerOnly ownerOnly) {
        this.database = database;
        this.outbox = outbox;
        this.ownerOnly = ownerOnly;
    }

    public ImportRequest open(Exchange exchange) throws SQLException, IOException {
        if (!database.isReady()) {
            throw new DatabaseUnavailableException("the database (" + database.where() + ") has not answered since "
                    + "start-up", null);
        }
        Message in = exchange.getIn();
        Path file = in.getBody(File.class).toPath();
        String source = in.getHeader(Headers.SOURCE, String.class);
        boolean preview = "preview".equals(in.getHeader(Headers.MODE, String.class));
        long batchId = UnitOfWork.newId(database.dataSource());
        in.setHeader(Headers.BATCH_ID, batchId);
        Long lastModified = in.getHeader(Exchange.FILE_LAST_MODIFIED, Long.class);
        Instant exportedAt = lastModified != null ? Instant.ofEpochMilli(lastModified)
                : Files.getLastModifiedTime(file).toInstant();
        boolean fromInbox = in.getHeader(Headers.FROM_INBOX, false, Boolean.class);
        Path archiveTo = preview ? outbox.archived(batchId, file.getFileName().toString(), "preview", source)
                : outbox.archived(batchId, file.getFileName().toString(), source);
        ownerOnly.folder(archiveTo.getParent());
        ownerOnly.folder(outbox.rejected());
        if (fromInbox) {
            // the inbox moves the file itself (to the archive or outbox/rejected/): it keeps these permissions
            ownerOnly.file(file);
        }
        return new ImportRequest(batchId, file, source, preview, exportedAt, archiveTo);
    }
}
