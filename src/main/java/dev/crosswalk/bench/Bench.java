package dev.crosswalk.bench;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.sample.DemoSet;
import dev.crosswalk.sample.People;
import dev.crosswalk.sample.SampleCatalog;
import dev.crosswalk.sample.SampleWriter;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.service.CrosswalkRuntime;
import dev.crosswalk.source.SourceDefinition;
import dev.crosswalk.source.Sources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * One benchmark run on one database: the COPY baseline, then the real pipeline ({@code CrosswalkRuntime.importFile},
 * the running service's inbox, the CLI in a small-heap JVM) on generated exports, each figure next to the baseline.
 * Between scenarios the database is emptied or settled (VACUUM ANALYZE, the state autovacuum reaches on its own).
 */
public final class Bench {

    static final long SEED = 6;
    /** Far from the first people: files of people no database of the run holds yet. */
    static final long SCALE_FIRST_PERSON = 50_000_000;
    static final long LATENCY_FIRST_PERSON = 80_000_000;
    /** The latency figure is the median of this many drops, each of other people. */
    static final int LATENCY_DROPS = 5;
    static final long LATENCY_PEOPLE_APART = 1_000_000;

    private final BenchPlan plan;
    private final CrosswalkSettings settings;
    private final Path work;
    private final Path profile;
    private final Consumer<String> log;
    private final long started = System.nanoTime();

    /** @param root the process's settings: the database to measure on (an external one) or none (embedded) */
    public Bench(BenchPlan plan, CompositionRoot root, Path work, Path profile, Consumer<String> log) {
        this.plan = plan;
        this.settings = root.settings();
        this.work = work;
        this.profile = profile;
        this.log = log;
    }

    public BenchResults run() throws Exception {
        BenchResults results = new BenchResults(plan, MachineFacts.read());
        try (BenchDatabase db = BenchDatabase.open(settings, work)) {
            CrosswalkSettings home = db.settings(work.resolve("home"));
            try (CrosswalkRuntime runtime = CrosswalkRuntime.create(home, false).start()) {
                DataSource ds = runtime.database().dataSource();
                BenchDatabase.refuseIfInUse(ds);
                Map<String, Object> database = new LinkedHashMap<>(BenchDatabase.facts(ds));
                database.put("embedded", db.embedded());
                results.put("database", database);
                Scenarios scenarios = new Scenarios(runtime, ds, db.cpu(), this::say);
                Optional<SourceDefinition> paypal = DemoSet.inboxFor(new Sources(home.sourceOptions()),
                        SampleCatalog.get("paypal"));
                People people = new People(SEED);
                Path allNew = file("kajabi", people, 0, plan.importRows(), "kajabi-all-new.csv");
                Path allKnown = file("kajabi", new People(SEED, BenchPlan.CHANGED_SHARE), 0, plan.importRows(),
                        "kajabi-all-known.csv");
                Path scale = file("kajabi", people, SCALE_FIRST_PERSON, plan.scaleFileRows(), "kajabi-scale.csv");
                Path fill = file("kajabi", people, 0, plan.scaleSmallContacts(), "kajabi-small-db.csv");
                List<Path> latency = new ArrayList<>();
                for (int drop = 0; drop < LATENCY_DROPS; drop++) {
                    latency.add(file("kajabi", people, LATENCY_FIRST_PERSON + drop * LATENCY_PEOPLE_APART,
                            plan.latencyRows(), "kajabi-latency-" + (drop + 1) + ".csv"));
                }
                Path payments = paypal.isEmpty() ? null
                        : file("paypal", people, 0, plan.paypalRows(), "paypal-activity.csv");

                say("COPY baseline: " + plan.copyRows() + " contacts");
                results.copy(CopyBaseline.run(ds, db.cpu(), people, plan.copyRows(), work));
                Imported created = scenarios.timed(allNew, "kajabi");
                results.figure("import_all_new", "import, all new (Kajabi people)", created.measurement());
                say("the all-new import's own rows by COPY");
                results.figure("import_rows_by_copy", "the all-new import's rows by COPY",
                        ImportRowsByCopy.run(ds, db.cpu(), plan.importRows(), created.batch(), work, true));
                results.figure("import_rows_by_copy_no_fk", "the same rows by COPY, no foreign keys",
                        ImportRowsByCopy.run(ds, db.cpu(), plan.importRows(), created.batch(), work, false));
                results.floor("import_all_new", "import_rows_by_copy");
                say("locking 1 in " + BenchPlan.LOCK_EVERY + " contacts: "
                        + BenchDatabase.lockShare(ds, BenchPlan.LOCK_EVERY));
                BenchDatabase.settle(ds);
                Imported known = scenarios.timed(allKnown, "kajabi");
                results.figure("import_all_known", "import, all known (30% changed, 5% locked)",
                        known.measurement());
                say("the all-known import's own rows by COPY");
                results.figure("known_rows_by_copy", "the all-known import's rows by COPY",
                        ImportRowsByCopy.run(ds, db.cpu(), plan.importRows(), known.batch(), work, true));
                results.floor("import_all_known", "known_rows_by_copy");
                BenchDatabase.settle(ds);
                long large = BenchDatabase.count(ds);
                Measurement scaleLarge = scenarios.timed(scale, "kajabi").measurement();
                if (payments != null) {
                    Imported paid = scenarios.timed(payments, paypal.get().name());
                    results.figure("transactions_paypal", "transactions (PayPal activity)", paid.measurement());
                    say("the PayPal import's rows by COPY");
                    results.figure("paypal_rows_by_copy", "the PayPal import's rows by COPY",
                            ImportRowsByCopy.run(ds, db.cpu(), plan.paypalRows(), paid.batch(), work, true));
                    results.floor("transactions_paypal", "paypal_rows_by_copy");
                } else {
                    results.unavailable("transactions_paypal", "transactions (PayPal activity)",
                            "paypal source not available");
                }
                BenchDatabase.execute(ds, "bench/reset");
                scenarios.timed(fill, "kajabi");
                BenchDatabase.settle(ds);
                long small = BenchDatabase.count(ds);
                Measurement scaleSmall = scenarios.timed(scale, "kajabi").measurement();
                results.figure("scale_small_db", "scale: file into " + small + "-contact DB", scaleSmall);
                results.figure("scale_large_db", "scale: file into " + large + "-contact DB", scaleLarge);
                results.put("scale", Map.of("file_rows", plan.scaleFileRows(), "small_db_contacts", small,
                        "large_db_contacts", large, "ratio", Measurement.round(scaleLarge.seconds()
                                / scaleSmall.seconds(), 3)));
                say("latency: " + LATENCY_DROPS + " files of " + plan.latencyRows()
                        + " rows dropped into a running service's inbox, one after another");
                results.figure("latency", "latency: inbox to report",
                        LatencyProbe.run(db.settings(work.resolve("latency-home")), latency, plan.latencyRows()));
                BenchDatabase.execute(ds, "bench/reset");
                say("memory: the all-new import in a child JVM with -Xmx" + plan.memoryHeap());
                results.figure("memory", "memory: import in a -Xmx" + plan.memoryHeap() + " JVM",
                        MemoryProbe.run(db, ds, work.resolve("memory-home"), allNew, plan.importRows(), plan.memoryHeap(),
                                profile, work));
                results.floor("memory", "import_rows_by_copy");
            }
        }
        BenchTargets.check(results);
        results.put("load_average_at_end", MachineFacts.loadAverage());
        results.put("duration_s", Measurement.round(elapsed(), 1));
        return results;
    }

    private Path file(String source, People people, long firstPerson, long rows, String name) throws Exception {
        say("generating " + name + ": " + rows + " rows");
        Path path = work.resolve("files").resolve(name);
        SampleWriter.write(SampleCatalog.get(source), people, firstPerson, rows, path);
        return path;
    }

    private void say(String message) {
        log.accept(String.format("[%5.0fs] %s", elapsed(), message));
    }

    private double elapsed() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Imports through the real pipeline, timed, with where the CPU went. */
    private record Scenarios(CrosswalkRuntime runtime, DataSource ds, ProcessCpu cpu, Consumer<String> say) {

        Imported timed(Path file, String source) throws Exception {
            say.accept("import " + file.getFileName() + " into " + source);
            WriteMeter writes = WriteMeter.start(ds);
            double jvm = ProcessCpu.jvmSeconds();
            Double db = cpu.dbSeconds();
            long started = System.nanoTime();
            BatchReport report = runtime.importFile(file, source, false);
            double seconds = (System.nanoTime() - started) / 1e9;
            double jvmUsed = ProcessCpu.jvmSeconds() - jvm;
            Double dbUsed = db == null ? null : cpu.dbSeconds() - db;
            Map<String, Object> detail = new LinkedHashMap<>(writes.stop(report.rowCount("read")));
            if (!"applied".equals(report.status())) {
                throw new IllegalStateException("the import of " + file + " ended " + report.status() + ": "
                        + report.message());
            }
            detail.put("outcomes", report.rows());
            detail.put("conflicts", report.conflicts());
            return new Imported(new Measurement(report.rowCount("read"), seconds, jvmUsed, dbUsed, detail),
                    report.batch());
        }
    }

    /** A timed import and the batch it wrote. */
    private record Imported(Measurement measurement, long batch) {
    }
}
