package dev.crosswalk.pipeline;

import dev.crosswalk.csv.RejectedFileException;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.source.Sources;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A refused file: nothing was written to the database; its report says why and what was expected; an inbox file
 * moves to outbox/rejected/, a file imported from the command line is copied there.
 */
public final class RejectionReporter implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(RejectionReporter.class);

    private final Sources sources;
    private final Outbox outbox;
    private final Archive archive;
    private final ReportPublisher publisher;

    public RejectionReporter(Sources sources, Outbox outbox, Archive archive, ReportPublisher publisher) {
        this.sources = sources;
        this.outbox = outbox;
        this.archive = archive;
        this.publisher = publisher;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        RejectedFileException cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, RejectedFileException.class);
        ImportRequest request = exchange.getProperty(Headers.REQUEST, ImportRequest.class);
        Path rejectedTo = outbox.rejected(request.batchId(), request.file().getFileName().toString());
        ImportRequest refused = new ImportRequest(request.batchId(), request.file(), request.source(),
                request.preview(), request.exportedAt(), rejectedTo);
        OutputFiles outputs = new OutputFiles(outbox.root(), request.batchId(), request.preview());
        BatchReport report = BatchReports.refused(refused, withExpectation(cause.getMessage(), request.source()),
                outputs.written());
        publisher.write(report, outputs, List.of());
        archive.send(exchange, request.file(), rejectedTo);
        // the batch's one log line (INFO, as an applied batch's): a one-shot command prints its refusal itself
        LOG.info("Batch {}: refused {} from {}: {}", request.batchId(), request.file().getFileName(),
                request.source(), report.message());
        exchange.getIn().setHeader(Headers.REPORT, report);
    }

    /**
     * A reason that does not yet say what the inbox reads gets the inbox's expectation appended, so every refusal
     * tells the reader what to drop instead.
     */
    String withExpectation(String reason, String source) {
        if (reason.contains("Expected") || reason.contains("expected")) {
            return reason;
        }
        return sources.find(source).map(s -> reason + " inbox/" + s.name() + "/ expects "
                + s.formats().stream().map(SourceFormat::expectation).collect(Collectors.joining("; or ")) + ".")
                .orElse(reason);
    }
}
