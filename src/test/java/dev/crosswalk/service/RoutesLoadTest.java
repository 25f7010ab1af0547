package dev.crosswalk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The top-level routes/ folder is not seen by any build-time validator: this proves every file loads. */
class RoutesLoadTest {

    @Test
    void everyRouteLoadsAndTheInboxesStart(@TempDir Path home) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true, Map.of())) {
            CamelContext context = crosswalk.runtime().context();
            Set<String> ids = new TreeSet<>();
            for (Route r : context.getRoutes()) {
                ids.add(r.getRouteId());
            }
            assertTrue(ids.containsAll(Set.of("import-pipeline", "inbox-kajabi", "inbox-kajabi-subscribed",
                    "inbox-kajabi-unsubscribed", "preview-kajabi", "preview-kajabi-subscribed",
                    "preview-kajabi-unsubscribed", "inbox-zoho", "inbox-mailchimp", "inbox-manual", "preview-zoho",
                    "preview-mailchimp", "preview-manual", "audit-schedule", "review-decisions", "inbox-paypal",
                    "inbox-ticket-tailor", "preview-paypal", "preview-ticket-tailor")), ids.toString());
            assertTrue(context.getRouteController().getRouteStatus("audit-schedule").isStarted());
            assertTrue(context.getRouteController().getRouteStatus("inbox-kajabi").isStarted());
            assertTrue(context.getRouteController().getRouteStatus("web-reviewPages-home").isStarted(),
                    "the service serves the review pages");
            assertEquals("file:routes/*.camel.yaml", CrosswalkRuntime.routesPattern(CrosswalkSettings.load()));
        }
    }

    @Test
    void aOneShotRuntimeKeepsTheInboxesStopped(@TempDir Path home) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            CamelContext context = crosswalk.runtime().context();
            assertTrue(context.getRouteController().getRouteStatus("inbox-kajabi").isStopped());
            assertTrue(context.getRouteController().getRouteStatus("import-pipeline").isStarted());
            assertEquals(null, context.getRoute("web-reviewPages-home"), "a one-shot command serves no pages");
        }
    }
}
