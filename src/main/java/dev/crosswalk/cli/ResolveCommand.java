package dev.crosswalk.cli;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.review.ReviewService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "Prints a summary (decisions by outcome, refusals by kind, what is still open) and where the answer to "
                + "each item is; --json prints that list instead.",
            "Exit codes: 0 applied (at least one decision applied, even if others were refused), 2 refused "
                + "(nothing changed: unknown or resolved conflict, decision that does not fit), 1 error."})
public final class ResolveCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    /** Refusals printed with their reason; the summary counts them all, the answers file lists every one. */
    private static final int REFUSALS_SHOWN = 10;

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

    @Option(names = "--json", description = "print the answer to every item as a JSON array (line, conflict_id, "
        + "decision, outcome, message)")
    boolean json;

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
        ReviewService reviews = root.get().reviews();
        BatchReport report = bulk ? reviews.resolveAll(batch, reason, field, words.get(0), by)
                : reviews.resolve(Long.parseLong(words.get(0).strip()), words.get(1), by);
        Path file = Path.of(report.files().get("answers"));
        List<Map<String, String>> answers = answers(file);
        if (json) {
            System.out.println(ReportWriter.JSON.writeValueAsString(answers));
        } else {
            System.out.println(ReportCommand.summary(report).strip());
            List<Map<String, String>> refused = answers.stream()
                    .filter(a -> "rejected".equals(a.get("outcome"))).toList();
            refused.stream().limit(REFUSALS_SHOWN).forEach(a -> System.out.println("refused: conflict "
                    + a.get("conflict_id") + ": " + a.get("message")));
            if (refused.size() > REFUSALS_SHOWN) {
                System.out.println("... and " + (refused.size() - REFUSALS_SHOWN) + " more refused");
            }
            System.out.println("The answer to each item: " + file);
        }
        return CrosswalkCommand.exitCode(report);
    }

    /** The answers file as a list of rows by column name. */
    private static List<Map<String, String>> answers(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(Files.readString(file).replace("\uFEFF", ""),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord r : csv) {
                rows.add(new LinkedHashMap<>(r.toMap()));
            }
        }
        return rows;
    }
}
