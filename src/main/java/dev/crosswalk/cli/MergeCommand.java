package dev.crosswalk.cli;

import dev.crosswalk.merge.MergeService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge a duplicate contact into the one kept: emails, identities, tags, products, "
            + "subscriptions, transactions and consent history move; blanks are filled; the stronger lock and any "
            + "opt-in are kept; the duplicate is soft-deleted. Both records are snapshotted (undo: unmerge).",
            "Exit codes: 0 merged, 2 refused (unknown or deleted contact), 1 error."})
public final class MergeCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Parameters(index = "0", paramLabel = "KEEP_ID", description = "the contact that stays")
    long keep;

    @Parameters(index = "1", paramLabel = "DUPLICATE_ID", description = "the contact merged into it")
    long duplicate;

    @Option(names = "--by", description = "who merges (default: the OS user)")
    String by = System.getProperty("user.name");

    @Override
    public Integer call() throws Exception {
        MergeService merges = root.get().merges();
        return ReportCommand.print(merges.merge(keep, duplicate, by), false);
    }
}
