package dev.crosswalk.service;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.config.Launcher;
import dev.crosswalk.db.Database;
import dev.crosswalk.health.HealthEndpoint;
import dev.crosswalk.pipeline.Headers;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.OutboxIndex;
import dev.crosswalk.source.Sources;
import dev.crosswalk.web.SignInLinks;
import dev.crosswalk.web.WebSettings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.DefaultMainShutdownStrategy;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crosswalk running: the database opened and migrated, then Camel Main with the YAML routes. The service watches
 * the inboxes; a one-shot command runs the same routes with the inboxes stopped.
 */
public final class CrosswalkRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CrosswalkRuntime.class);

    /** The routes of the review pages, loaded only when the service serves them. */
    static final String WEB_ROUTES = "**/review-web.camel.yaml";

    private final CompositionRoot root;
    private final CrosswalkSettings settings;
    private final Database database;
    private final Main main;

    private CrosswalkRuntime(CompositionRoot root, Database database, Main main) {
        this.root = root;
        this.settings = root.settings();
        this.database = database;
        this.main = main;
    }

    /** A runtime on a root of its own, made from {@code settings}; closing the runtime closes that root. */
    public static CrosswalkRuntime create(CrosswalkSettings settings, boolean watchInboxes) {
        return create(CompositionRoot.of(settings), watchInboxes);
    }

    /** Builds the runtime on the root's graph; {@link #start()} or {@link #runUntilStopped()} brings it up. */
    static CrosswalkRuntime create(CompositionRoot root, boolean watchInboxes) {
        CrosswalkSettings settings = root.settings();
        // the layouts first: a column alias naming no source or field stops the start before the database opens
        Sources sources = root.sources();
        WebSettings web = root.web();
        boolean serveWeb = watchInboxes && web.enabled();
        if (serveWeb) {
            // refused before anything starts: nothing to stop again
            web.refuseUnsafeBinding();
            web.refuseIfPortTaken();
        }
        Database database = root.database(watchInboxes);
        Main main = new Main();
        main.configure().addConfiguration(new CrosswalkConfiguration(root, watchInboxes));
        main.addMainListener(new InboxRoutes(sources));
        main.addMainListener(new SettingsFirst());
        main.configure().withRoutesIncludePattern(routesPattern(settings));
        Properties overrides = settings.crosswalkProperties();
        if (!watchInboxes) {
            overrides.setProperty("crosswalk.inbox.enabled", "false");
            // a one-shot command never runs the nightly audit (the service does)
            overrides.setProperty("crosswalk.audit.enabled", "false");
        }
        if (serveWeb) {
            // Camel Main's embedded HTTP server carries the review pages (routes/review-web.camel.yaml)
            overrides.setProperty("camel.server.enabled", "true");
            overrides.setProperty("camel.server.host", web.host());
            overrides.setProperty("camel.server.port", Integer.toString(web.port()));
        } else {
            // one-shot commands (and a service with the pages off) serve nothing
            main.configure().withRoutesExcludePattern(WEB_ROUTES);
        }
        main.setOverrideProperties(overrides);
        if (watchInboxes) {
            // the page to start from exists as soon as the service runs, before its first batch
            new OutboxIndex(database.dataSource(), settings.outbox(), settings.outboxPrivate()).writePage();
        }
        return new CrosswalkRuntime(root, database, main);
    }

    /** routes/ beside the working directory (editable without rebuilding), else the copy inside the jar. */
    static String routesPattern(CrosswalkSettings settings) {
        String configured = settings.get("crosswalk.routes", "");
        if (!configured.isEmpty()) {
            return configured;
        }
        return Files.isDirectory(Path.of("routes")) ? "file:routes/*.camel.yaml" : "classpath:routes/*.camel.yaml";
    }

    public CrosswalkRuntime start() throws Exception {
        main.start();
        return this;
    }

    /**
     * The service: blocks until the JVM is asked to stop (Ctrl+C, SIGTERM), then stops in order — see
     * {@link OrderedStop}.
     */
    public void runUntilStopped() throws Exception {
        DefaultMainShutdownStrategy signals = new DefaultMainShutdownStrategy(main);
        // Camel's own hang-up hook would race the database's stop; OrderedStop stops both, in order
        signals.disableHangupSupport();
        main.setShutdownStrategy(signals);
        Runtime.getRuntime().addShutdownHook(new Thread(new OrderedStop(main, database)::run, "crosswalk-stop"));
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport started) {
                LOG.info(readyLine());
            }
        });
        try {
            main.run();
        } finally {
            root.close();
        }
    }

    /** The last start-up line: what is watched, where decisions are made, where health is answered. */
    public String readyLine() {
        CamelContext context = main.getCamelContext();
        long inboxes = context.getRoutes().stream()
                .filter(r -> r.getEndpoint().getEndpointUri().startsWith("file:"))
                .filter(r -> context.getRouteController().getRouteStatus(r.getRouteId()).isStarted()).count();
        HealthEndpoint health = context.getRegistry().lookupByNameAndType("healthEndpoint", HealthEndpoint.class);
        SignInLinks links = context.getRegistry().lookupByNameAndType("signInLinks", SignInLinks.class);
        return "Crosswalk ready: watching " + inboxes + " inboxes under " + settings.inbox() + "; decisions in "
                + new Outbox(settings.outbox()).index() + "; health "
                + (health == null ? "off" : "http://" + settings.healthHost() + ":" + health.port() + "/health")
                + (links == null ? "" : "; review in the browser: " + links.url(root.web())
                        + " (works once, for " + root.web().signInLife().toMinutes() + " minutes; "
                        + Launcher.command() + " sign-in prints another)");
    }

    /**
     * One file through {@code direct:import}, the pipeline the inboxes use, without moving it. Returns its report
     * (status {@code rejected} for a refused file); throws what made the import fail.
     */
    public BatchReport importFile(Path file, String source, boolean preview) throws Exception {
        Exchange result = main.getCamelContext().createProducerTemplate().send("direct:import", exchange -> {
            exchange.getIn().setBody(new File(file.toAbsolutePath().toString()));
            exchange.getIn().setHeader(Headers.SOURCE, source);
            exchange.getIn().setHeader(Headers.MODE, preview ? "preview" : "import");
            exchange.getIn().setHeader(Exchange.FILE_NAME, file.getFileName().toString());
        });
        if (result.getException() != null) {
            throw result.getException();
        }
        return result.getIn().getHeader(Headers.REPORT, BatchReport.class);
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    public CrosswalkSettings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        main.stop();
        root.close();
    }
}
