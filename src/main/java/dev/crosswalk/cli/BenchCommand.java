package dev.crosswalk.cli;

import dev.crosswalk.bench.Bench;
import dev.crosswalk.bench.BenchPlan;
import dev.crosswalk.report.Outbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure, in one run on one database, how close imports come to PostgreSQL's COPY on this"
            + " machine: COPY baseline, 1,000,000 new and known Kajabi rows, PayPal transactions, a 100,000-row file"
            + " into small and large databases, inbox-to-report latency, and the import under -Xmx256m.",
            "Uses a fresh embedded PostgreSQL (or CROSSWALK_DB_URL, which must hold no contacts: it is emptied"
                + " between scenarios). Writes its results (outbox/bench/bench-results.json unless --out says where)"
                + " and prints a table. About 10 minutes; --quick about one."})
public final class BenchCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Option(names = "--quick", description = "every size divided by 10 (the latency file stays 6,000 rows)")
    boolean quick;

    @Option(names = "--out", description = "results file (default <outbox>/bench/bench-results.json)")
    Path out;

    @Option(names = "--work", description = "folder for the generated files and the database (default: a temporary"
            + " folder, deleted afterwards)")
    Path work;

    @Option(names = "--profile", description = "record a JFR profile of the small-heap import into this file")
    Path profile;

    @Override
    public Integer call() throws Exception {
        BenchPlan plan = quick ? BenchPlan.divided("quick", 10) : BenchPlan.full();
        boolean temporary = work == null;
        Path folder = temporary ? Files.createTempDirectory("crosswalk-bench") : Files.createDirectories(work);
        try (Progress progress = Progress.show("bench", 0)) {
            var results = new Bench(plan, root.get(), folder, profile, line -> {
                progress.pause();
                System.out.println(line);
            }).run();
            Path file = resultsFile(out, root.get().outbox());
            Files.createDirectories(file.toAbsolutePath().getParent());
            results.write(file);
            System.out.println();
            System.out.print(results.table());
            System.out.println();
            System.out.println("Results: " + file.toAbsolutePath());
            return 0;
        } finally {
            if (temporary) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** {@code --out}, else {@code <outbox>/bench/bench-results.json}: never the current folder unless asked. */
    static Path resultsFile(Path out, Outbox outbox) {
        return out != null ? out : outbox.root().resolve("bench").resolve("bench-results.json");
    }
}
