package dev.crosswalk.cli;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Database;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.review.ReviewService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Answer one conflict, as a batch of kind review (audited; undo with rollback). DECISION is "
            + "KEEP, TAKE, MERGE (AMBIGUOUS or DUPLICATE conflicts), DISMISS or SET:<value>. A TAKE on a "
            + "PROTECTED_OPT_IN conflict honours the opt-out.",
            "Exit codes: 0 applied, 2 refused (unknown or resolved conflict, decision that does not fit), 1 error."})
public final class ResolveCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "the conflict id (conflict_id in the conflicts CSV)")
    long conflictId;

    @Parameters(index = "1", paramLabel = "DECISION", description = "KEEP, TAKE, MERGE, DISMISS or SET:<value>")
    String decision;

    @Option(names = "--by", description = "who decides (default: the OS user)")
    String by = System.getProperty("user.name");

    @Override
    public Integer call() throws Exception {
        CrosswalkSettings settings = CrosswalkSettings.load();
        try (Database db = Database.open(settings)) {
            BatchReport report = new ReviewService(db.dataSource(), settings).resolve(conflictId, decision, by);
            System.out.println(ReportCommand.summary(report));
            System.out.print(Files.readString(Path.of(report.files().get("answers"))).replace("\uFEFF", ""));
            return report.rowCount("rejected") > 0 ? CrosswalkCommand.REFUSED : 0;
        }
    }
}
