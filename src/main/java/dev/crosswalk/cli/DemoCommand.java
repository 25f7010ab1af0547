package dev.crosswalk.cli;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.config.Launcher;
import dev.crosswalk.sample.DemoSet;
import dev.crosswalk.sample.People;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Drop a small, consistent set of invented exports (~6,500 people across all sources) into"
            + " inbox/ for the service to import, and say what to open next.")
public final class DemoCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "the reference date the demo's history ends at (default today)")
    LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        CrosswalkSettings settings = root.get().settings();
        Instant reference = asOf == null ? People.today() : asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<DemoSet.Entry> entries = new DemoSet(root.get().sources(), reference).write(settings.inbox());
        System.out.println("Demo exports of one invented organisation (" + DemoSet.POPULATION + " people, seed "
                + DemoSet.SEED + ", history up to " + LocalDate.ofInstant(reference, ZoneOffset.UTC) + "):");
        for (DemoSet.Entry e : entries) {
            if (e.inbox() != null) {
                System.out.printf("  %-24s %,7d rows  -> %s%n", e.sample(), e.rows(), settings.home().relativize(e.file()));
            }
        }
        entries.stream().filter(e -> e.inbox() == null).map(DemoSet.Entry::sample).reduce((a, b) -> a + ", " + b)
                .ifPresent(left -> System.out.println("  (not written, no source of this build reads them: " + left
                        + ")"));
        System.out.println();
        System.out.println("Next:");
        System.out.println("  1. Start the service if it is not running:  " + Launcher.command() + " run");
        System.out.println("     (files are taken within a few seconds; each one becomes a batch)");
        System.out.println("  2. Start here:           " + root.get().outbox().index());
        System.out.println("     (rewritten after every batch: the open decisions, each linking the file to decide "
                + "in, then every batch with its report)");
        System.out.println("  3. List the batches:     " + Launcher.command() + " batches");
        return 0;
    }
}
