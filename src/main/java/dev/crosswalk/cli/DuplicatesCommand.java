package dev.crosswalk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"List likely duplicate contacts (same normalised name and phone, or name and postal code, "
            + "different emails) with a score, as outbox/reports/<batch>-duplicates.csv. Write MERGE in its "
            + "decision column and drop it into inbox/review/ to merge them.", "Exit codes: 0 listed, 1 error."})
public final class DuplicatesCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Override
    public Integer call() throws Exception {
        return ReportCommand.print(root.get().duplicates().find(), false);
    }
}
