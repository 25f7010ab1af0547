package dev.crosswalk.service;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Database;
import dev.crosswalk.health.HealthEndpoint;
import dev.crosswalk.pipeline.Headers;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.OutboxIndex;
import dev.crosswalk.source.Sources;
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

    private final CrosswalkSettings settings;
    private final Database database;
    private final Main main;

    private CrosswalkRuntime(CrosswalkSettings settings, Database database, Main main) {
        this.settings = settings;
        this.database = database;
        this.main = main;
    }

    /** Builds the runtime; {@link #start()} or {@link #runUntilStopped()} brings it up. */
    public static CrosswalkRuntime create(CrosswalkSettings settings, boolean watchInboxes) {
        Database database = Database.open(settings);
        Main main = new Main();
        Sources sources = new Sources(settings.sourceOptions());
        main.configure().addConfiguration(new CrosswalkConfiguration(settings, database, sources, watchInboxes));
        main.addMainListener(new InboxRoutes(sources));
        main.addMainListener(new SettingsFirst());
        main.configure().withRoutesIncludePattern(routesPattern(settings));
        Properties overrides = settings.crosswalkProperties();
        if (!watchInboxes) {
            overrides.setProperty("crosswalk.inbox.enabled", "false");
            // a one-shot command never runs the nightly audit (the service does)
            overrides.setProperty("crosswalk.audit.enabled", "false");
        }
        main.setOverrideProperties(overrides);
        if (watchInboxes) {
            // the page to start from exists as soon as the service runs, before its first batch
            new OutboxIndex(database.dataSource(), settings.outbox(), settings.outboxPrivate()).write();
        }
        return new CrosswalkRuntime(settings, database, main);
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
            database.close();
        }
    }

    /** The last start-up line: what is watched, where decisions are made, where health is answered. */
    String readyLine() {
        CamelContext context = main.getCamelContext();
        long inboxes = context.getRoutes().stream()
                .filter(r -> r.getEndpoint().getEndpointUri().startsWith("file:"))
                .filter(r -> context.getRouteController().getRouteStatus(r.getRouteId()).isStarted()).count();
        HealthEndpoint health = context.getRegistry().lookupByNameAndType("healthEndpoint", HealthEndpoint.class);
        return "Crosswalk ready: watching " + inboxes + " inboxes under " + settings.inbox() + "; decisions in "
                + new Outbox(settings.outbox()).index() + "; health "
                + (health == null ? "off" : "http://" + settings.healthHost() + ":" + health.port() + "/health");
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

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        main.stop();
        database.close();
    }
}
