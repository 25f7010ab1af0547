package dev.crosswalk.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An import that failed for a reason other than its content (a bug, a full disk): the database was rolled back,
 * the inbox moves the file to its {@code .failed/} folder, and this writes the error report beside it.
 */
public final class FailureReporter implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(FailureReporter.class);

    @Override
    public void process(Exchange exchange) throws IOException {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        ImportRequest request = exchange.getProperty(Headers.REQUEST, ImportRequest.class);
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        String parent = exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class);
        LOG.error("Import of {} failed; nothing was changed: {}", name, cause.toString());
        if (parent == null || !exchange.getIn().getHeader(Headers.FROM_INBOX, false, Boolean.class)) {
            return;
        }
        Path report = Path.of(parent, ".failed", name + ".error.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "Crosswalk could not import " + name + " at " + Instant.now() + ".\n"
                + (request == null ? "" : "Batch: " + request.batchId() + " (rolled back: nothing was changed)\n")
                + "Error: " + cause + "\n"
                + "The file was moved here unchanged; move it back into the inbox to try again.\n",
                StandardCharsets.UTF_8);
    }
}
