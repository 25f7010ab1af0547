package dev.crosswalk.cli;

import dev.crosswalk.report.BatchReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "retention", mixinStandardHelpOptions = true,
        description = {"Apply the crosswalk.retention.* settings as one batch of kind retention: outbox files older "
            + "than their setting are deleted, ended subscriptions and failed payments deleted or anonymised, old "
            + "audit values cleared. Every item is listed in outbox/reports/<batch>-retention.csv.",
            "Exit codes: 0 done (or previewed), 1 error."})
public final class RetentionCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Option(names = "--preview", description = "list what would be removed; change nothing")
    boolean preview;

    @Option(names = "--json", description = "print only the report JSON on stdout")
    boolean json;

    @Override
    public Integer call() throws Exception {
        BatchReport report = root.get().retention().run(preview);
        return ReportCommand.print(report, json, "retention");
    }
}
