package dev.crosswalk.cli;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Database;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.retention.RetentionService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "retention", mixinStandardHelpOptions = true,
        description = {"Apply the crosswalk.retention.* settings as one batch of kind retention: outbox files older "
            + "than their setting are deleted, ended subscriptions and failed payments deleted or anonymised, old "
            + "audit values cleared. Every item is listed in outbox/reports/<batch>-retention.csv.",
            "Exit codes: 0 done (or previewed), 1 error."})
public final class RetentionCommand implements Callable<Integer> {

    @Option(names = "--preview", description = "list what would be removed; change nothing")
    boolean preview;

    @Option(names = "--json", description = "print only the report JSON on stdout")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CrosswalkSettings settings = CrosswalkSettings.load();
        try (Database db = Database.open(settings)) {
            BatchReport report = new RetentionService(db.dataSource(), settings).run(preview);
            if (json) {
                System.out.println(ReportWriter.toJson(report));
            } else {
                System.out.println(ReportCommand.summary(report));
                System.out.print(Files.readString(Path.of(report.files().get("retention"))).replace("\uFEFF", ""));
            }
            return 0;
        }
    }
}
