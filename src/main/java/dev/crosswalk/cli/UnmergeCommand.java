package dev.crosswalk.cli;

import dev.crosswalk.merge.MergeService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "unmerge", mixinStandardHelpOptions = true,
        description = {"Undo a merge: both contacts and everything that moved are restored from its snapshot.",
            "Exit codes: 0 undone, 2 refused (unknown or already undone merge, or later batches changed those "
                + "records), 1 error."})
public final class UnmergeCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Parameters(paramLabel = "MERGE_ID", description = "the merge (contact_merges.id, printed by merge)")
    long mergeId;

    @Option(names = "--force", description = "restore the snapshot even over later changes to those records")
    boolean force;

    @Option(names = "--by", description = "who undoes it (default: the OS user)")
    String by = System.getProperty("user.name");

    @Override
    public Integer call() throws Exception {
        MergeService merges = root.get().merges();
        return ReportCommand.print(merges.unmerge(mergeId, force, by), false);
    }
}
