package dev.crosswalk.config;

import dev.crosswalk.db.Database;
import dev.crosswalk.pipeline.Headers;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.OutboxIndex;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.main.Main;

/**
 * Crosswalk running: the database opened and migrated, then Camel Main with the YAML routes. The service watches
 * the inboxes; a one-shot command runs the same routes with the inboxes stopped.
 */
public final class CrosswalkRuntime implements AutoCloseable {

    private final Database database;
    private final Main main;

    private CrosswalkRuntime(Database database, Main main) {
        this.database = database;
        this.main = main;
    }

    /** Builds the runtime; {@link #start()} or {@link #runUntilStopped()} brings it up. */
    public static CrosswalkRuntime create(CrosswalkSettings settings, boolean watchInboxes) {
        Database database = Database.open(settings);
        Main main = new Main();
        main.configure().addConfiguration(new CrosswalkConfiguration(settings, database, watchInboxes));
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
        return new CrosswalkRuntime(database, main);
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

    /** The service: blocks until the JVM is asked to stop (Ctrl+C, SIGTERM). */
    public void runUntilStopped() throws Exception {
        try {
            main.run();
        } finally {
            database.close();
        }
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
