package dev.crosswalk.ops;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Waiting on and reading the folders a running service moves files through. */
final class Inbox {

    private Inbox() {
    }

    /** Regular, non-hidden file names in a folder (none when it does not exist yet). */
    static Set<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static void await(Callable<Boolean> condition, int seconds, Callable<String> what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s waiting for: " + what.call());
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** Every JSON report in outbox/reports/, by the file name it reports on (the last one wins). */
    static Map<String, BatchReport> reportsByFile(Path reports) throws IOException {
        Map<String, BatchReport> byFile = new HashMap<>();
        for (String name : names(reports)) {
            if (name.endsWith("-report.json")) {
                BatchReport report = ReportWriter.read(reports.resolve(name));
                byFile.merge(report.file(), report, (a, b) -> a.batch() > b.batch() ? a : b);
            }
        }
        return byFile;
    }
}
