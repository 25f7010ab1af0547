package dev.crosswalk.review;

import dev.crosswalk.pipeline.Headers;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.Outbox;
import java.io.File;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * The review inbox's step: applies a dropped decisions file and says where it goes — archived under
 * {@code outbox/archive/<date>/review/}, or to {@code outbox/rejected/} when it is not a decisions file.
 */
public final class ReviewProcessor implements Processor {

    private final ReviewService reviews;
    private final String reviewer;
    private final Outbox outbox;

    /** @param reviewer who a decisions file is recorded as resolved by ({@code crosswalk.review.reviewer}) */
    public ReviewProcessor(ReviewService reviews, String reviewer, Outbox outbox) {
        this.reviews = reviews;
        this.reviewer = reviewer;
        this.outbox = outbox;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        Path file = in.getBody(File.class).toPath();
        long batch = reviews.newBatchId();
        in.setHeader(Headers.BATCH_ID, batch);
        BatchReport report = reviews.applyFile(file, batch, reviewer);
        String name = file.getFileName().toString();
        Path destination = "rejected".equals(report.status()) ? outbox.rejected(batch, name)
                : outbox.archived(batch, name, "review");
        in.setHeader(Headers.REPORT, report);
        in.setHeader(Headers.DESTINATION, destination.toString());
    }
}
