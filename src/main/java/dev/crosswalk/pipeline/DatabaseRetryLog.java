package dev.crosswalk.pipeline;

import dev.crosswalk.db.RetryBackoff;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says, each time an import fails because the database is unreachable, that nothing was changed, that the file
 * stays in its inbox, and when the next try is (the route's redelivery policy uses the same backoff).
 */
public final class DatabaseRetryLog implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRetryLog.class);

    private final RetryBackoff retry;

    public DatabaseRetryLog(RetryBackoff retry) {
        this.retry = retry;
    }

    @Override
    public void process(Exchange exchange) {
        Exception cause = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        int failures = exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class) + 1;
        LOG.warn("Database unreachable while importing {} ({}): rolled back, nothing was changed; the file stays in "
                + "the inbox. Retry {} in {} ms.", exchange.getIn().getHeader(Exchange.FILE_NAME, String.class),
                cause == null ? "unknown cause" : cause.getMessage(), failures, retry.delayBefore(failures));
    }
}
