package dev.crosswalk.cli;

import dev.crosswalk.cli.Listing.Column;
import dev.crosswalk.report.BatchListing;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "batches", mixinStandardHelpOptions = true,
        description = {"List the applied batches, newest first (previews and refused files leave only reports).",
            "Exit codes: 0 listed, 1 error."})
public final class BatchesCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Option(names = "--json", description = "print the batches as a JSON array")
    boolean json;

    @Override
    public Integer call() throws Exception {
        // unchanged and skipped rows: in --json (read counts them too), so that the table fits 120 columns
        new Listing(Column.number("batch", "id"), Column.word("kind", "kind"), Column.word("source", "source"),
                Column.word("status", "status"), Column.number("read", "rows_read"),
                Column.number("new", "rows_new"), Column.number("updated", "rows_updated"),
                Column.number("conflict", "rows_conflict"), Column.number("rejected", "rows_rejected"),
                Column.word("started", "started"), Column.text("file", "file_name"))
                .addAll(BatchListing.rows(root.get().dataSource())).print(System.out, json);
        return 0;
    }
}
