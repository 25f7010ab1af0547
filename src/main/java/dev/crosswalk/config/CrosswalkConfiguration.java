package dev.crosswalk.config;

import dev.crosswalk.db.Database;
import dev.crosswalk.db.InboxFileLocks;
import dev.crosswalk.pipeline.DatabaseRetryLog;
import dev.crosswalk.pipeline.FailureReporter;
import dev.crosswalk.pipeline.ImportEngine;
import dev.crosswalk.pipeline.ImportProcessor;
import dev.crosswalk.pipeline.RejectionReporter;
import dev.crosswalk.source.Sources;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

/** Binds the beans the YAML routes refer to by name; the one place where the application is wired. */
public final class CrosswalkConfiguration implements CamelConfiguration {

    private final CrosswalkSettings settings;
    private final Database database;

    public CrosswalkConfiguration(CrosswalkSettings settings, Database database) {
        this.settings = settings;
        this.database = database;
    }

    @Override
    public void configure(CamelContext context) {
        ImportEngine engine = new ImportEngine(database.dataSource(), settings, new Sources(settings));
        Registry registry = context.getRegistry();
        registry.bind("dataSource", database.dataSource());
        registry.bind("importEngine", engine);
        registry.bind("importProcessor", new ImportProcessor(engine, settings, database));
        registry.bind("rejectionReporter", new RejectionReporter(engine, settings));
        registry.bind("failureReporter", new FailureReporter());
        registry.bind("databaseRetryLog", new DatabaseRetryLog(database.retry()));
        registry.bind("inboxFileLocks", new InboxFileLocks(database.dataSource(), settings.inboxLockExpirySeconds()));
    }
}
