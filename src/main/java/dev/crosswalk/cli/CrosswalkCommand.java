package dev.crosswalk.cli;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Top of the command tree; every command has --help, and {@code help [COMMAND]} prints the same.
 * Exit codes (docs/cli.md): 0 done, 1 error (a missing file included), 2 refused (a file, an undo, a merge) or bad
 * usage.
 */
@Command(name = "crosswalk", mixinStandardHelpOptions = true, version = "crosswalk 0.1",
        description = "Safe, auditable imports of contact, subscription and payment exports into PostgreSQL.",
        footer = {"", "Exit codes: 0 done, 1 error, 2 refused or bad usage. 'bin/crosswalk help COMMAND' tells more."},
        subcommands = {RunCommand.class, ImportCommand.class, BatchesCommand.class, ReportCommand.class,
            AuditCommand.class, RollbackCommand.class, ConflictsCommand.class, ResolveCommand.class,
            MergeCommand.class, UnmergeCommand.class, DuplicatesCommand.class, LocksCommand.class,
            StatusCommand.class, GenerateCommand.class, DemoCommand.class, BenchCommand.class,
            AdoptCommand.class, ForgetCommand.class, RetentionCommand.class, ExportPersonCommand.class,
            SignInCommand.class,
            CommandLine.HelpCommand.class})
public final class CrosswalkCommand implements Callable<Integer> {

    public static final int ERROR = 1;
    public static final int REFUSED = 2;

    /** A command that wrote a batch exits 2 when the batch was refused (an undo, a merge) or rejected (a file). */
    static int exitCode(BatchReport report) {
        return "refused".equals(report.status()) || "rejected".equals(report.status()) ? REFUSED : 0;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read before parsing, by the logging set-up (dev.crosswalk.Logging); declared so every command accepts it. */
    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "log Crosswalk's and its libraries' internals at INFO (Camel, Flyway, Quartz, PostgreSQL), "
                + "and print an error's stack trace")
    boolean verbose;

    /** How this process's root is made: from the settings, when a command first asks for it. */
    private final Supplier<CompositionRoot> roots;
    private CompositionRoot root;

    private CrosswalkCommand(Supplier<CompositionRoot> roots) {
        this.roots = roots;
    }

    /** The composition root, made on first use (a command that needs no settings never reads them). */
    CompositionRoot root() {
        if (root == null) {
            root = roots.get();
        }
        return root;
    }

    /** The command line on the settings of this process ({@link CompositionRoot#load()}). */
    public static CommandLine commandLine() {
        return commandLine(CompositionRoot::load);
    }

    /**
     * The command line whose commands receive the root {@code roots} makes; the root (and the database it opened)
     * is closed when the command has ended, however it ended.
     */
    public static CommandLine commandLine(Supplier<CompositionRoot> roots) {
        CrosswalkCommand top = new CrosswalkCommand(roots);
        CommandLine cli = new CommandLine(top);
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cli.setExecutionStrategy(parsed -> {
            try {
                return run.execute(parsed);
            } finally {
                if (top.root != null) {
                    top.root.close();
                    top.root = null;
                }
            }
        });
        // full_lock, Full_Lock and FULL_LOCK are the same level
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        ArgumentValues.register(cli);
        ErrorPath.install(cli);
        return cli;
    }

    /** No command: the usage, and exit 2 so a script that forgot its command does not look successful. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return REFUSED;
    }
}
