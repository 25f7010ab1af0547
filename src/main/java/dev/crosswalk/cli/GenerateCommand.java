package dev.crosswalk.cli;

import dev.crosswalk.sample.People;
import dev.crosswalk.sample.SampleCatalog;
import dev.crosswalk.sample.SampleWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a realistic, invented export of one source (verified headers and value formats,"
            + " the real quirks), streamed in constant memory. The same seed, reference date and options give the same"
            + " bytes."})
public final class GenerateCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Option(names = "--source", required = true, completionCandidates = SampleNames.class,
            description = "which export to write, one of the sample catalogue's: ${COMPLETION-CANDIDATES}")
    String source;

    /** The names --source takes, from the sample catalogue (no second list to keep in step). */
    static final class SampleNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return SampleCatalog.names().iterator();
        }
    }

    @Option(names = "--rows", required = true, description = "data rows to write, 10 to 10,000,000")
    long rows;

    @Option(names = "--seed", defaultValue = "1", description = "the invented population (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--first-person", defaultValue = "0",
            description = "start at this person of the population (files of other people: a far start)")
    long firstPerson;

    @Option(names = "--changed", defaultValue = "0",
            description = "share of people whose details changed since the first snapshot, 0 to 1 (a later export)")
    double changed;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "the reference date the invented history ends at (default today)")
    LocalDate asOf;

    @Option(names = "--out", description = "the file to write (default <home>/data/generated/<source>-<rows>.csv)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (SampleCatalog.find(source).isEmpty()) {
            throw new Refused("no sample source '" + source + "'; one of " + SampleCatalog.names());
        }
        if (rows < 10 || rows > 10_000_000) {
            throw new Refused("--rows must be between 10 and 10,000,000");
        }
        Path file = out != null ? out : defaultFile(root.get().settings().home());
        Files.createDirectories(file.toAbsolutePath().getParent());
        long started = System.nanoTime();
        SampleWriter.Written written = SampleWriter.write(SampleCatalog.get(source), new People(seed, changed,
                asOf == null ? People.today() : asOf.atStartOfDay(ZoneOffset.UTC).toInstant()),
                firstPerson, rows, file);
        System.out.printf("Wrote %,d rows of %s to %s in %.1f s (people %d to %d)%n", written.rows(), source, file,
                (System.nanoTime() - started) / 1e9, firstPerson, written.nextPerson() - 1);
        return 0;
    }

    /** Nothing lands in the current directory unless asked: the home's data/generated/ folder. */
    private Path defaultFile(Path home) {
        return home.resolve("data").resolve("generated").resolve(source + "-" + rows + ".csv");
    }
}
