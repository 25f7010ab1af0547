package dev.crosswalk.service;

import dev.crosswalk.source.Sources;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;

/**
 * The watched folders, made from the one list of sources once the YAML routes are loaded: per source an inbox
 * ({@code inbox-<source>}, inbox/<source>/) and a preview inbox ({@code preview-<source>}, inbox/preview/<source>/),
 * and the review inbox ({@code review-decisions}, inbox/review/) — all instances of the "inbox" template in
 * routes/inbox.camel.yaml, so all claim their files in the database alike.
 */
final class InboxRoutes extends MainListenerSupport {

    private static final String TEMPLATE = "inbox";

    private final Sources sources;

    InboxRoutes(Sources sources) {
        this.sources = sources;
    }

    @Override
    public void afterConfigure(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        for (String source : sources.names()) {
            TemplatedRouteBuilder.builder(context, TEMPLATE).routeId("inbox-" + source)
                    .parameter("source", source).parameter("folder", source).add();
            TemplatedRouteBuilder.builder(context, TEMPLATE).routeId("preview-" + source)
                    .parameter("source", source).parameter("folder", "preview/" + source)
                    .parameter("mode", "preview").add();
        }
        TemplatedRouteBuilder.builder(context, TEMPLATE).routeId("review-decisions")
                .parameter("source", "review").parameter("folder", "review").parameter("target", "direct:review")
                .add();
    }
}
