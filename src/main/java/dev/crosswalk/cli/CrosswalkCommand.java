package dev.crosswalk.cli;

import dev.crosswalk.report.BatchReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Top of the command tree; every command has --help. Exit codes: 0 done, 1 error, 2 file refused / bad usage. */
@Command(name = "crosswalk", mixinStandardHelpOptions = true, version = "crosswalk 0.1",
        description = "Safe, auditable imports of contact, subscription and payment exports into PostgreSQL.",
        subcommands = {RunCommand.class, ImportCommand.class, BatchesCommand.class, ReportCommand.class,
            AuditCommand.class, RollbackCommand.class, ConflictsCommand.class, ResolveCommand.class,
            MergeCommand.class, UnmergeCommand.class, DuplicatesCommand.class, LocksCommand.class,
            StatusCommand.class, GenerateCommand.class, DemoCommand.class, BenchCommand.class,
            AdoptCommand.class, ForgetCommand.class, RetentionCommand.class, ExportPersonCommand.class})
public final class CrosswalkCommand implements Runnable {

    public static final int REFUSED = 2;

    /** A command that wrote a batch exits 2 when the batch was refused (an undo, a merge) or rejected (a file). */
    static int exitCode(BatchReport report) {
        return "refused".equals(report.status()) || "rejected".equals(report.status()) ? REFUSED : 0;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CrosswalkCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("crosswalk: " + e.getMessage());
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
