package dev.crosswalk.review;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.pipeline.Headers;
import dev.crosswalk.report.BatchReport;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
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
        String name = batch + "-" + file.getFileName();
        Path destination = "rejected".equals(report.status()) ? settings.outbox().resolve("rejected").resolve(name)
                : settings.outbox().resolve("archive").resolve(LocalDate.now().toString()).resolve("review")
                        .resolve(name);
        in.setHeader(Headers.REPORT, report);
        in.setHeader(Headers.DESTINATION, destination.toString());
    }
}
