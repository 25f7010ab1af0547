package dev.crosswalk.service;

import dev.crosswalk.audit.AuditRunner;
import dev.crosswalk.db.Database;
import dev.crosswalk.pipeline.Headers;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.main.Main;
import org.apache.camel.spi.InflightRepository.InflightExchange;
import org.apache.camel.spi.ShutdownStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's stop (Ctrl+C, SIGTERM), in the only safe order: Camel stops its consumers (no new file, no new
 * audit) and waits for what is running — a batch, a decisions file, the audit — up to {@code
 * camel.main.shutdown-timeout} seconds; an audit still unfinished then is recorded failed with the reason (a batch
 * still running is rolled back by the database when its connection closes); only then does the database stop.
 * One line says what the stop waited for.
 */
final class OrderedStop {

    private static final Logger LOG = LoggerFactory.getLogger(OrderedStop.class);

    private final Main main;
    private final Database database;

    OrderedStop(Main main, Database database) {
        this.main = main;
        this.database = database;
    }

    void run() {
        long started = System.nanoTime();
        CamelContext context = main.getCamelContext();
        List<String> running = context == null ? List.of() : running(context);
        String outcome = "";
        try {
            if (context != null) {
                ShutdownStrategy camelStop = context.getShutdownStrategy();
                long graceMs = camelStop.getTimeUnit().toMillis(camelStop.getTimeout());
                Thread stopping = new Thread(context::stop, "crosswalk-stop-camel");
                stopping.start();
                // Camel forces its routes down after the grace period; a step blocked in the database is freed
                // only when the database goes, so wait a little longer, then close it anyway
                stopping.join(graceMs + 5_000);
                List<String> unfinished = stopping.isAlive() ? running : running(context);
                if (!unfinished.isEmpty()) {
                    outcome = "; the grace period of " + camelStop.getTimeout() + " s ended before "
                            + String.join(", ", unfinished) + " finished (a batch is rolled back, an audit recorded "
                            + "failed)";
                    failUnfinishedAudits(context);
                }
                database.close();
                stopping.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            database.close();
            main.completed();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info(String.format("Crosswalk stopped in %.1f s: %s%s; then the database.", seconds,
                running.isEmpty() ? "nothing was running" : "waited for " + String.join(", ", running), outcome));
    }

    private void failUnfinishedAudits(CamelContext context) {
        AuditRunner audit = context.getRegistry().lookupByNameAndType("auditRunner", AuditRunner.class);
        if (audit == null || !database.isReady()) {
            return;
        }
        try {
            audit.failOwnRuns("Crosswalk stopped before the audit finished (grace period "
                    + context.getShutdownStrategy().getTimeout() + " s)");
        } catch (Exception e) {
            LOG.warn("could not record the unfinished audit as failed: {}", e.getMessage());
        }
    }

    /** What the routes are working on, in words. */
    private static List<String> running(CamelContext context) {
        return context.getInflightRepository().browse().stream().map(OrderedStop::describe).distinct().toList();
    }

    private static String describe(InflightExchange inflight) {
        Exchange exchange = inflight.getExchange();
        String route = inflight.getFromRouteId() == null ? "" : inflight.getFromRouteId();
        String file = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        if (route.startsWith("audit")) {
            return "the data audit";
        }
        if (route.startsWith("review")) {
            return "the decisions file " + file;
        }
        Object batch = exchange.getIn().getHeader(Headers.BATCH_ID);
        return "the import of " + file + (batch == null ? "" : " (batch " + batch + ")");
    }
}
