package dev.crosswalk.service;

import dev.crosswalk.audit.AuditRunner;
import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Database;
import dev.crosswalk.db.InboxFileLocks;
import dev.crosswalk.health.DatabaseHealthCheck;
import dev.crosswalk.health.FoldersHealthCheck;
import dev.crosswalk.health.HealthEndpoint;
import dev.crosswalk.locks.LockClassifier;
import dev.crosswalk.pipeline.Archive;
import dev.crosswalk.pipeline.BatchFailure;
import dev.crosswalk.pipeline.BatchTransaction;
import dev.crosswalk.pipeline.ChunkStep;
import dev.crosswalk.pipeline.ConflictsFile;
import dev.crosswalk.pipeline.DatabaseRetryLog;
import dev.crosswalk.pipeline.DuplicateCheck;
import dev.crosswalk.pipeline.FailureReporter;
import dev.crosswalk.pipeline.FileRecognition;
import dev.crosswalk.pipeline.NewBatch;
import dev.crosswalk.pipeline.RejectionReporter;
import dev.crosswalk.pipeline.ReportPublisher;
import dev.crosswalk.pipeline.RowChunks;
import dev.crosswalk.pipeline.WholeFileChecks;
import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.OutboxIndex;
import dev.crosswalk.report.OwnerOnly;
import dev.crosswalk.source.Sources;
import dev.crosswalk.rollback.RollbackService;
import dev.crosswalk.web.Assets;
import dev.crosswalk.web.AuditPage;
import dev.crosswalk.web.BatchPages;
import dev.crosswalk.web.PersonPages;
import dev.crosswalk.web.ReviewActions;
import dev.crosswalk.web.ReviewPages;
import dev.crosswalk.web.Sessions;
import dev.crosswalk.web.SignIn;
import dev.crosswalk.web.SignInLinks;
import dev.crosswalk.web.WebGuard;
import dev.crosswalk.web.WebHeaderFilter;
import dev.crosswalk.web.WebSettings;
import java.time.Clock;
import javax.sql.DataSource;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

/**
 * Binds the beans the YAML routes refer to by name: the import route's stages, and the services of the
 * {@link CompositionRoot} the pages, the review inbox and the audit call.
 */
public final class CrosswalkConfiguration implements CamelConfiguration {

    private final CompositionRoot root;
    private final CrosswalkSettings settings;
    private final Database database;
    private final Sources sources;
    private final boolean service;

    /**
     * @param root the service graph: the settings, the database and the services the pages and routes call
     * @param service the long-running service (watched inboxes, health endpoint), not a one-shot command
     */
    CrosswalkConfiguration(CompositionRoot root, boolean service) {
        this.root = root;
        this.settings = root.settings();
        this.database = root.database();
        this.sources = root.sources();
        this.service = service;
    }

    /** The beans of routes/import-pipeline.camel.yaml, one per stage, and of its error handling. */
    private void bindImportStages(Registry registry) {
        Outbox outbox = new Outbox(settings.outbox());
        OwnerOnly ownerOnly = new OwnerOnly(settings.outboxPrivate(), settings.outbox());
        Archive archive = new Archive(ownerOnly);
        ReportPublisher publisher = new ReportPublisher(ownerOnly,
                new OutboxIndex(database.dataSource(), settings.outbox(), settings.outboxPrivate()));
        registry.bind("newBatch", new NewBatch(database, outbox, ownerOnly));
        registry.bind("fileRecognition", new FileRecognition(settings.csvLimits(), sources));
        registry.bind("duplicateCheck", new DuplicateCheck(database.dataSource(), outbox));
        LockClassifier classifier = root.lockClassifier();
        registry.bind("batchTransaction", new BatchTransaction(root.batches(), root.importOptions(),
                root.tombstones(), classifier));
        registry.bind("rowChunks", new RowChunks());
        registry.bind("chunkStep", new ChunkStep());
        registry.bind("wholeFileChecks", new WholeFileChecks(root.wrongMappingGuard(), classifier));
        registry.bind("conflictsFile", new ConflictsFile());
        registry.bind("batchFailure", new BatchFailure(database, outbox));
        registry.bind("archive", archive);
        registry.bind("reportPublisher", publisher);
        registry.bind("rejectionReporter", new RejectionReporter(sources, outbox, archive, publisher));
        registry.bind("failureReporter", new FailureReporter());
    }

    /**
     * The beans of routes/review-web.camel.yaml: the checks, then the pages and actions, each calling the services
     * the commands call.
     */
    private void bindWeb(Registry registry) {
        WebSettings web = root.web();
        DataSource data = database.dataSource();
        Sessions sessions = new Sessions(web.sessionLife(), Clock.systemUTC());
        WebGuard guard = new WebGuard(web, sessions);
        SignInLinks links = SignInLinks.of(web);
        RollbackService rollbacks = root.rollbacks();
        Outbox outbox = root.outbox();
        AuditPage audit = new AuditPage(outbox.reports());
        registry.bind("signInLinks", links);
        registry.bind("webGuard", guard);
        registry.bind("webHeaderFilter", new WebHeaderFilter());
        registry.bind("signIn", new SignIn(links, sessions, guard, System.getProperty("user.name")));
        registry.bind("assets", new Assets());
        registry.bind("reviewPages", new ReviewPages(data, audit, web.pageSize()));
        registry.bind("reviewActions", new ReviewActions(root.reviews(), rollbacks, root.duplicates()));
        registry.bind("batchPages", new BatchPages(data, outbox, rollbacks));
        registry.bind("auditPage", audit);
        registry.bind("personPages", new PersonPages(data, root.personExport(), root.erasure()));
    }

    @Override
    public void configure(CamelContext context) throws Exception {
        Registry registry = context.getRegistry();
        registry.bind("dataSource", database.dataSource());
        bindImportStages(registry);
        AuditRunner auditRunner = root.audit();
        registry.bind("auditRunner", auditRunner);
        registry.bind("reviewProcessor", root.reviewInbox());
        registry.bind("databaseRetryLog", new DatabaseRetryLog(database.retry()));
        registry.bind("inboxFileLocks", new InboxFileLocks(database.dataSource(), settings.inboxLockExpirySeconds(),
                database::isReady));
        registry.bind("databaseHealthCheck", new DatabaseHealthCheck(database));
        if (service) {
            if (database.isReady()) {
                auditRunner.failAbandonedRuns();
            }
            registry.bind("foldersHealthCheck", new FoldersHealthCheck(ServiceFolders.create(settings.inbox(),
                    root.outbox(), root.ownerOnly(), sources)));
            if (root.web().enabled()) {
                bindWeb(registry);
            }
            HealthPort health = root.health();
            if (health.enabled()) {
                HealthEndpoint endpoint = new HealthEndpoint(context, health.host(), health.port());
                registry.bind("healthEndpoint", endpoint);
                context.addService(endpoint);
            }
        }
    }
}
