package dev.crosswalk.service;

import dev.crosswalk.adopt.AdoptService;
import dev.crosswalk.audit.AuditRunner;
import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.config.StartRefused;
import dev.crosswalk.db.Database;
import dev.crosswalk.db.RetryBackoff;
import dev.crosswalk.erasure.ErasureKey;
import dev.crosswalk.erasure.ErasureService;
import dev.crosswalk.erasure.PersonExport;
import dev.crosswalk.erasure.Tombstones;
import dev.crosswalk.locks.LockClassifier;
import dev.crosswalk.locks.LockService;
import dev.crosswalk.merge.DuplicateFinder;
import dev.crosswalk.merge.MergeService;
import dev.crosswalk.pipeline.ImportOptions;
import dev.crosswalk.pipeline.WrongMappingGuard;
import dev.crosswalk.protect.FieldEquivalence;
import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.OutboxIndex;
import dev.crosswalk.report.OwnerOnly;
import dev.crosswalk.retention.RetentionRule;
import dev.crosswalk.retention.RetentionService;
import dev.crosswalk.review.ReviewProcessor;
import dev.crosswalk.review.ReviewService;
import dev.crosswalk.rollback.BatchLedger;
import dev.crosswalk.rollback.RollbackService;
import dev.crosswalk.rollback.UnitOfWork;
import dev.crosswalk.source.SourceDefinition;
import dev.crosswalk.source.Sources;
import dev.crosswalk.web.WebSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The one place the service graph is built from the settings: the settings are read here (once), the database is
 * opened here (on first use, then shared), and every service a command, a page or a route calls is made here. A
 * command receives this root (cli's {@code Root} mixin) and asks it for what it needs; the runtime's routes get
 * their services from it too ({@link CrosswalkConfiguration}). Closing the root closes the database it opened.
 */
public final class CompositionRoot implements AutoCloseable {

    private final CrosswalkSettings settings;
    /** A pool the caller owns and closes, instead of the database this root would open (tests). */
    private final DataSource given;
    /** A server that does not answer is waited for (the service's way), rather than ending the command at once. */
    private final boolean waitForDatabase;
    private Sources sources;
    private Database database;

    private CompositionRoot(CrosswalkSettings settings, DataSource given, boolean waitForDatabase) {
        this.settings = settings;
        this.given = given;
        this.waitForDatabase = waitForDatabase;
    }

    /**
     * The root of this process: the settings from application.properties, the environment and -D. A one-shot
     * command on it ends at once, in one line, when the database does not answer; the service
     * ({@link #runtime runtime(true)}) waits for it.
     */
    public static CompositionRoot load() {
        return new CompositionRoot(CrosswalkSettings.load(), null, false);
    }

    /** A root on settings made elsewhere (a benchmark's runtimes, tests); its runtimes wait for the database. */
    public static CompositionRoot of(CrosswalkSettings settings) {
        return new CompositionRoot(settings, null, true);
    }

    /** The services on a pool the caller owns (a test's database); closing this root leaves it open. */
    public static CompositionRoot on(CrosswalkSettings settings, DataSource dataSource) {
        return new CompositionRoot(settings, dataSource, true);
    }

    public CrosswalkSettings settings() {
        return settings;
    }

    /**
     * The export layouts with the operator's column aliases and typed options; made first, so that an alias naming
     * no source or field stops the start before the database opens.
     */
    public synchronized Sources sources() {
        if (sources == null) {
            sources = new Sources(settings.sourceOptions());
        }
        return sources;
    }

    /** The database, opened (and migrated) on first use. */
    public Database database() {
        return database(waitForDatabase);
    }

    /** The database, opened on first use; {@code service}: the service runs without it and imports once it answers. */
    synchronized Database database(boolean service) {
        if (database == null) {
            database = Database.open(databaseOptions(settings), service || waitForDatabase);
        }
        return database;
    }

    /** The crosswalk.db.* settings, as the database takes them. */
    public static Database.Options databaseOptions(CrosswalkSettings settings) {
        return new Database.Options(settings.dbUrl(), settings.dbUser(), settings.dbPassword(),
                settings.embeddedPort(), settings.embeddedDataDir(), settings.dbPoolSize(),
                settings.dbConnectTimeoutMs(), settings.dbStatementTimeoutMs(),
                new RetryBackoff(settings.dbRetryInitialDelayMs(), settings.dbRetryMaxDelayMs()));
    }

    /** The health endpoint's address (crosswalk.health.*). */
    public HealthPort health() {
        return new HealthPort(settings.healthEnabled(), settings.healthHost(), settings.healthPort());
    }

    /** The service's hold on its home (one service per home on the embedded database); closing it lets go. */
    public ServiceLock serviceLock() {
        return ServiceLock.acquire(databaseOptions(settings), settings.home(), health());
    }

    public Outbox outbox() {
        return new Outbox(settings.outbox());
    }

    /** The review pages' crosswalk.web.* settings. */
    public WebSettings web() {
        return new WebSettings(settings.getBoolean("crosswalk.web.enabled"), settings.get("crosswalk.web.host"),
                settings.getInt("crosswalk.web.port"), settings.getBoolean("crosswalk.web.behind-tls-proxy"),
                settings.get("crosswalk.web.public-name"),
                settings.home().resolve(settings.get("crosswalk.web.key-file")),
                Duration.ofMinutes(settings.getInt("crosswalk.web.sign-in-minutes")),
                minutes("crosswalk.web.session-minutes"), settings.getInt("crosswalk.web.page-size"));
    }

    /** A setting in minutes, fractions allowed ("0.5" is thirty seconds). */
    private Duration minutes(String key) {
        String value = settings.get(key);
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(value.strip()) * 60_000));
        } catch (NumberFormatException e) {
            throw new StartRefused(key + " must be a number of minutes, not '" + value + "'");
        }
    }

    /** Crosswalk running on this root's database: the service ({@code watchInboxes}) or a one-shot command's. */
    public CrosswalkRuntime runtime(boolean watchInboxes) {
        return CrosswalkRuntime.create(this, watchInboxes);
    }

    /** The database's pool, for a command's listing (batches, conflicts). */
    public DataSource dataSource() {
        return given != null ? given : database().dataSource();
    }

    /** The one lifecycle every batch kind runs through, and the ledger it records them in. */
    public UnitOfWork batches() {
        return new UnitOfWork(dataSource(), new BatchLedger(settings.outbox(), settings.outboxPrivate(), dataSource()), settings.outbox(), equivalence());
    }

    private FieldEquivalence equivalence() {
        return new FieldEquivalence(settings.phoneDefaultCountry());
    }

    OwnerOnly ownerOnly() {
        return new OwnerOnly(settings.outboxPrivate(), settings.outbox());
    }

    /** Lock classification: the systems of the sources, then those {@code crosswalk.locks.systems} adds. */
    public LockClassifier lockClassifier() {
        List<String> systems = new ArrayList<>(sources().all().stream().map(SourceDefinition::system).toList());
        systems.addAll(settings.knownSystems());
        return new LockClassifier(settings.autoClassifyLocks(), systems);
    }

    /** What an import batch is built with (the import route's {@code begin}). */
    public ImportOptions importOptions() {
        return new ImportOptions(settings.sourceZone(), settings.chunkSize(), settings.progressEveryRows(),
                settings.approveFillsOnFullLock(), settings.sourcePrecedence(), settings.phoneDefaultCountry(),
                settings.autoHonourOptOuts());
    }

    /** The erased people's tombstones, keyed by the installation's erasure key (created at first start). */
    public Tombstones tombstones() {
        return new Tombstones(ErasureKey.load(settings.erasureKeyFile()));
    }

    /** The refusal of a file whose rows mostly fail alike ({@code crosswalk.import.refuse-file.*}). */
    public WrongMappingGuard wrongMappingGuard() {
        return new WrongMappingGuard(settings.refuseFileRejectedShare(), settings.refuseFileMinRejectedRows());
    }

    public ReviewService reviews() {
        return new ReviewService(batches(), lockClassifier(), equivalence());
    }

    /** The review inbox's step: a dropped decisions file applied as the configured reviewer (or the OS user). */
    public ReviewProcessor reviewInbox() {
        return new ReviewProcessor(reviews(), settings.get("crosswalk.review.reviewer",
                System.getProperty("user.name")), outbox());
    }

    public RollbackService rollbacks() {
        return new RollbackService(batches());
    }

    public MergeService merges() {
        return new MergeService(batches(), lockClassifier());
    }

    public DuplicateFinder duplicates() {
        return new DuplicateFinder(batches());
    }

    public LockService locks() {
        return new LockService(batches(), lockClassifier());
    }

    public ErasureService erasure() {
        return new ErasureService(batches(), ErasureKey.load(settings.erasureKeyFile()), settings.outbox(),
                ownerOnly());
    }

    public PersonExport personExport() {
        return new PersonExport(dataSource(), outbox(), ownerOnly());
    }

    public RetentionService retention() {
        return new RetentionService(batches(), retentionRules(), settings.outbox());
    }

    /** The retention rules that are on (crosswalk.retention.*). */
    public List<RetentionRule> retentionRules() {
        return RetentionRule.load(key -> settings.get(key, ""));
    }

    public AuditRunner audit() {
        return new AuditRunner(dataSource(), new AuditRunner.Options(settings.getInt("crosswalk.audit.lease-minutes"),
                settings.getBoolean("crosswalk.retention.scheduled")), outbox(), ownerOnly(),
                new OutboxIndex(dataSource(), settings.outbox(), settings.outboxPrivate()), retention());
    }

    public AdoptService adoption() {
        return new AdoptService(batches());
    }

    /** Closes the database when this root opened one. */
    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
