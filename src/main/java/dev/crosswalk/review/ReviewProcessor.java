package dev.crosswalk.review;

import dev.crosswalk.config.CrosswalkSettings;
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
    private final CrosswalkSettings settings;

    public ReviewProcessor(ReviewService reviews, CrosswalkSettings settings) {
        this.reviews = reviews;
        this.settings = settings;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        Path file = in.getBody(File.class).toPath();
        long batch = reviews.newBatchId();
        in.setHeader(Headers.BATCH_ID, batch);
        BatchReport report = reviews.applyFile(file, batch, settings.get("crosswalk.review.reviewer",
                System.getProperty("user.name")));
        Outbox outbox = new Outbox(settings.outbox());
        String name = file.getFileName().toString();
        Path destination = "rejected".equals(report.status()) ? outbox.rejected(batch, name)
                : outbox.archived(batch, name, "review");
        in.setHeader(Headers.REPORT, report);
        in.setHeader(Headers.DESTINATION, destination.toString());
    }
}
