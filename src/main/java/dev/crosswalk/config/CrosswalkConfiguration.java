package dev.crosswalk.config;

import dev.crosswalk.audit.AuditRunner;
import dev.crosswalk.db.Database;
import dev.crosswalk.db.InboxFileLocks;
import dev.crosswalk.health.DatabaseHealthCheck;
import dev.crosswalk.health.FoldersHealthCheck;
import dev.crosswalk.health.HealthEndpoint;
import dev.crosswalk.pipeline.DatabaseRetryLog;
import dev.crosswalk.pipeline.FailureReporter;
import dev.crosswalk.pipeline.ImportEngine;
import dev.crosswalk.pipeline.ImportProcessor;
import dev.crosswalk.pipeline.RejectionReporter;
import dev.crosswalk.review.ReviewProcessor;
import dev.crosswalk.review.ReviewService;
import dev.crosswalk.source.Sources;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

/** Binds the beans the YAML routes refer to by name; the one place where the application is wired. */
public final class CrosswalkConfiguration implements CamelConfiguration {

    private final CrosswalkSettings settings;
    private final Database database;
    private final boolean service;

    /** @param service the long-running service (watched inboxes, health endpoint), not a one-shot command */
    public CrosswalkConfiguration(CrosswalkSettings settings, Database database, boolean service) {
        this.settings = settings;
        this.database = database;
        this.service = service;
    }

    @Override
    public void configure(CamelContext context) throws Exception {
        Sources sources = new Sources(settings.sourceOptions());
        ImportEngine engine = new ImportEngine(database.dataSource(), settings, sources);
        Registry registry = context.getRegistry();
        registry.bind("dataSource", database.dataSource());
        registry.bind("importEngine", engine);
        registry.bind("importProcessor", new ImportProcessor(engine, settings, database));
        registry.bind("rejectionReporter", new RejectionReporter(engine, settings));
        registry.bind("failureReporter", new FailureReporter());
        AuditRunner auditRunner = new AuditRunner(database.dataSource(), settings);
        registry.bind("auditRunner", auditRunner);
        registry.bind("reviewProcessor", new ReviewProcessor(new ReviewService(database.dataSource(), settings),
                settings));
        registry.bind("databaseRetryLog", new DatabaseRetryLog(database.retry()));
        registry.bind("inboxFileLocks", new InboxFileLocks(database.dataSource(), settings.inboxLockExpirySeconds(),
                database::isReady));
        registry.bind("databaseHealthCheck", new DatabaseHealthCheck(database));
        if (service) {
            if (database.isReady()) {
                auditRunner.failAbandonedRuns();
            }
            registry.bind("foldersHealthCheck", new FoldersHealthCheck(ServiceFolders.create(settings, sources)));
            if (settings.healthEnabled()) {
                HealthEndpoint endpoint = new HealthEndpoint(context, settings.healthHost(), settings.healthPort());
                registry.bind("healthEndpoint", endpoint);
                context.addService(endpoint);
            }
        }
    }
}
