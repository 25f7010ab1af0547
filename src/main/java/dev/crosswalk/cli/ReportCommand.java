package dev.crosswalk.cli;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.ReportWriter;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Show the report of a batch (applied, preview or refused) from outbox/reports/.",
            "Exit codes: 0 shown, 1 error (no report for that batch)."})
public final class ReportCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Parameters(paramLabel = "BATCH", description = "the batch id")
    long batch;

    @Option(names = "--json", description = "print the report JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path file = root.get().outbox().report(batch, "report.json");
        if (!Files.isRegularFile(file)) {
            throw new FileNotFoundException("no report for batch " + batch + " (looked for " + file + ")");
        }
        System.out.println(json ? Files.readString(file) : summary(ReportWriter.read(file)));
        return 0;
    }

    /**
     * A batch command's result: the report's summary (or with {@code json} its JSON), then the CSV file the report
     * lists under each of {@code listed}; the exit code by the batch's status.
     */
    static int print(BatchReport report, boolean json, String... listed) throws IOException {
        if (json) {
            System.out.println(ReportWriter.toJson(report));
        } else {
            System.out.println(summary(report));
            for (String key : listed) {
                System.out.print(Files.readString(Path.of(report.files().get(key))).replace("\uFEFF", ""));
            }
        }
        return CrosswalkCommand.exitCode(report);
    }

    /** A refused batch's reason is cut to a line on the terminal; its report pages hold the whole text. */
    static String summary(BatchReport r) {
        StringBuilder out = new StringBuilder();
        out.append("Batch ").append(r.batch()).append(" (").append(r.kind());
        if (r.source() != null) {
            out.append(", ").append(r.source()).append(", ").append(r.format() == null ? "unrecognised" : r.format());
        }
        out.append("): ").append(r.status()).append('\n');
        out.append("File: ").append(r.file()).append('\n');
        if (r.message() != null) {
            String html = r.files().get("report_html");
            out.append(CrosswalkCommand.exitCode(r) == 0 ? r.message()
                    : ErrorPath.shortened(r.message(), html == null ? null : Path.of(html))).append('\n');
        }
        out.append("Rows: ").append(r.rows()).append('\n');
        if (r.conflicts() != null && !r.conflicts().isEmpty()) {
            out.append("Conflicts by reason: ").append(r.conflicts()).append('\n');
        }
        if (r.skippedReasons() != null && !r.skippedReasons().isEmpty()) {
            out.append("Skipped by reason: ").append(r.skippedReasons()).append('\n');
        }
        if (r.warningCount() > 0) {
            out.append("Warnings (values of optional columns left out, rows applied): ").append(r.warningCount())
                    .append(' ').append(r.warnings().get("by_reason")).append('\n');
        }
        if (r.reconciliation() != null) {
            out.append("Reconciliation: ").append(r.reconciliation().get("summary")).append('\n');
        }
        r.files().forEach((k, v) -> out.append(r.fileLabel(k)).append(": ").append(v).append('\n'));
        return out.toString().stripTrailing();
    }
}
