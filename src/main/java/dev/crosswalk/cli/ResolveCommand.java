package dev.crosswalk.cli;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Database;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.review.ReviewService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Answer one conflict (resolve ID DECISION), or every open conflict of one batch and reason "
            + "(resolve --batch N --reason R [--field F] DECISION), as one batch of kind review (audited; undo "
            + "with rollback). DECISION is KEEP, TAKE, MERGE (AMBIGUOUS or DUPLICATE conflicts), DISMISS or "
            + "SET:<value>. A TAKE on a PROTECTED_OPT_IN conflict honours the opt-out.",
            "Exit codes: 0 applied, 2 refused (unknown or resolved conflict, decision that does not fit; nothing "
                + "changed), 1 error."})
public final class ResolveCommand implements Callable<Integer> {

    @Parameters(arity = "1..2", paramLabel = "[ID] DECISION",
            description = "the conflict id (conflict_id in the conflicts CSV; not with --batch), then KEEP, TAKE, "
                + "MERGE, DISMISS or SET:<value>")
    List<String> words;

    @Option(names = "--batch", paramLabel = "N", description = "decide every open conflict raised by batch N ...")
    Long batch;

    @Option(names = "--reason", paramLabel = "R", description = "... with this reason (LOCKED, FILL_BLANK, ...)")
    String reason;

    @Option(names = "--field", paramLabel = "F", description = "... and, when given, this field (city, phone, ...)")
    String field;

    @Option(names = "--by", description = "who decides (default: the OS user)")
    String by = System.getProperty("user.name");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean bulk = batch != null || reason != null || field != null;
        if (bulk && (batch == null || reason == null || words.size() != 1)) {
            throw new ParameterException(spec.commandLine(),
                    "a bulk decision takes --batch N --reason R [--field F] and one DECISION, no conflict id");
        }
        if (!bulk && words.size() != 2) {
            throw new ParameterException(spec.commandLine(), "write resolve ID DECISION, or resolve --batch N "
                    + "--reason R [--field F] DECISION");
        }
        if (!bulk && !words.get(0).strip().matches("\\d+")) {
            throw new ParameterException(spec.commandLine(), "'" + words.get(0) + "' is not a conflict id");
        }
        CrosswalkSettings settings = CrosswalkSettings.load();
        try (Database db = Database.open(settings)) {
            ReviewService reviews = new ReviewService(db.dataSource(), settings);
            BatchReport report = bulk ? reviews.resolveAll(batch, reason, field, words.get(0), by)
                    : reviews.resolve(Long.parseLong(words.get(0).strip()), words.get(1), by);
            System.out.println(ReportCommand.summary(report));
            System.out.print(Files.readString(Path.of(report.files().get("answers"))).replace("\uFEFF", ""));
            return report.rowCount("rejected") > 0 ? CrosswalkCommand.REFUSED : CrosswalkCommand.exitCode(report);
        }
    }
}
