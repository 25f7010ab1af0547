package dev.crosswalk.pipeline;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.csv.RejectedFileException;
import dev.crosswalk.report.BatchReport;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A refused file: its report says why and what was expected; an inbox file moves to outbox/rejected/, a file
 * imported from the command line is copied there.
 */
public final class RejectionReporter implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(RejectionReporter.class);

    private final ImportEngine engine;
    private final CrosswalkSettings settings;

    public RejectionReporter(ImportEngine engine, CrosswalkSettings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        RejectedFileException cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, RejectedFileException.class);
        ImportRequest request = exchange.getProperty(Headers.REQUEST, ImportRequest.class);
        Message in = exchange.getIn();
        boolean fromInbox = in.getHeader(Headers.FROM_INBOX, false, Boolean.class);
        Path rejectedTo = settings.outbox().resolve("rejected")
                .resolve(request.batchId() + "-" + request.file().getFileName());
        ImportRequest refused = new ImportRequest(request.batchId(), request.file(), request.source(),
                request.preview(), request.exportedAt(), rejectedTo);
        BatchReport report = engine.refuse(refused, cause.getMessage());
        if (!fromInbox) {
            engine.keepCopy(request.file(), rejectedTo);
        }
        LOG.warn("Batch {}: refused {} from {}: {}", request.batchId(), request.file().getFileName(),
                request.source(), report.message());
        in.setHeader(Headers.REPORT, report);
        in.setHeader(Headers.DESTINATION, rejectedTo.toString());
    }
}
