package dev.crosswalk.pipeline;

import dev.crosswalk.report.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.camel.Exchange;

/**
 * Where the processed file goes: the inbox moves it to the destination this names (the archive, decided when the
 * batch was opened); a file imported from the command line stays where it is and the outbox keeps a private copy
 * there instead, so the archive records every batch.
 */
public final class Archive {

    private final OwnerOnly ownerOnly;

    public Archive(OwnerOnly ownerOnly) {
        this.ownerOnly = ownerOnly;
    }

    /** The settled batch's file to the archive its request names. */
    public void place(SettledBatch settled, Exchange exchange) throws IOException {
        send(exchange, settled.request().file(), settled.request().archiveTo());
    }

    /** {@code destination}: the archive, or outbox/rejected/ for a refused file. */
    void send(Exchange exchange, Path file, Path destination) throws IOException {
        if (!exchange.getIn().getHeader(Headers.FROM_INBOX, false, Boolean.class)) {
            ownerOnly.folder(destination.getParent());
            Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
            ownerOnly.file(destination);
        }
        exchange.getIn().setHeader(Headers.DESTINATION, destination.toString());
    }
}
