package dev.crosswalk.cli;

import dev.crosswalk.adopt.AdoptService;
import dev.crosswalk.adopt.DumpLegacyReader;
import dev.crosswalk.adopt.LegacyReader;
import dev.crosswalk.adopt.LiveLegacyReader;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "adopt", mixinStandardHelpOptions = true,
        description = {"Adopt the legacy contact database into an empty Crosswalk as one batch of kind adopt: "
            + "contacts with their locks and protected opt-ins, emails, ids, tags, products, subscriptions and "
            + "transactions, with a reconciliation. Undone by rollback like any batch.",
            "Exit codes: 0 adopted, previewed or already adopted (duplicate), 2 refused (Crosswalk is not empty), "
                + "1 error (no such dump folder, the legacy database unreachable)."})
public final class AdoptCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    static final class Origin {
        @Option(names = "--from", paramLabel = "JDBC_URL", required = true,
                description = "the legacy database, read in one read-only, repeatable-read transaction")
        String url;

        @Option(names = "--from-dump", paramLabel = "DIR", required = true,
                description = "a folder of CSV dumps, one <table>.csv per legacy table with a header "
                    + "(as psql \\copy ... csv header writes them)")
        Path dump;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Origin origin;

    @Option(names = "--user", description = "the legacy database user")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "a file holding the legacy database password (never on the command line)")
    Path passwordFile;

    @Option(names = "--preview", description = "run everything in a transaction that is rolled back")
    boolean preview;

    @Option(names = "--json", description = "print only the batch report JSON on stdout (logs go to stderr)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (origin.dump != null && !Files.isDirectory(origin.dump)) {
            throw new FileNotFoundException("no such folder: " + origin.dump);
        }
        String password = passwordFile == null ? null
                : Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        try (Progress progress = Progress.show("adopt", 0);
                LegacyReader reader = origin.url != null ? new LiveLegacyReader(origin.url, user, password)
                        : new DumpLegacyReader(origin.dump)) {
            AdoptService adoption = root.get().adoption();
            return ReportCommand.print(adoption.adopt(reader, preview), json);
        }
    }
}
