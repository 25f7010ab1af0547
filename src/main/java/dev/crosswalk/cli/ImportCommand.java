package dev.crosswalk.cli;

import dev.crosswalk.service.CrosswalkRuntime;
import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import (or preview) one file through the same pipeline as the inboxes, then exit.",
            "The file is left where it is; a copy is archived in the outbox as for a dropped file.",
            "Exit codes: 0 done (conflicts included), 2 file refused, 1 error (e.g. no such file)."})
public final class ImportCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Parameters(paramLabel = "FILE", description = "the CSV export to import")
    Path file;

    @Option(names = "--source", required = true,
            description = "the source of the file, as its inbox folder is named (e.g. kajabi)")
    String source;

    @Option(names = "--preview", description = "run everything in a transaction that is rolled back")
    boolean preview;

    @Option(names = "--json", description = "print only the batch report JSON on stdout (logs go to stderr)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new FileNotFoundException("no such file: " + file);
        }
        try (Progress progress = Progress.show("import", Progress.dataRecords(file));
                CrosswalkRuntime runtime = root.get().runtime(false).start()) {
            return ReportCommand.print(runtime.importFile(file, source, preview), json);
        }
    }
}
