package dev.crosswalk.cli;

import dev.crosswalk.rollback.RollbackService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = {"Undo an applied batch from its audit log, in one transaction, as a batch of kind rollback "
            + "with its own report. Rolling back a rollback re-applies it.",
            "Exit codes: 0 rolled back, 2 refused (later batches changed the same data, or not an applied batch), "
                + "1 error."})
public final class RollbackCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Parameters(paramLabel = "BATCH", description = "the batch to undo")
    long batch;

    @Option(names = "--force", description = "also undo the later batches that changed the same data, newest first")
    boolean force;

    @Option(names = "--by", description = "who asks (default: the OS user)")
    String by = System.getProperty("user.name");

    @Option(names = "--json", description = "print only the report JSON on stdout")
    boolean json;

    @Override
    public Integer call() throws Exception {
        RollbackService rollbacks = root.get().rollbacks();
        return ReportCommand.print(rollbacks.rollback(batch, force, by), json);
    }
}
