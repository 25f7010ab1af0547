package dev.crosswalk.bench;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.service.CrosswalkRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a user waits: a running service (the real inbox routes, their default poll and read-lock settings) is
 * handed files one after another, each by an atomic move into {@code inbox/kajabi/}; the clock of each stops when
 * its batch report exists. The wait includes the time to the inbox's next poll (up to
 * {@code crosswalk.inbox.poll-delay-ms}). The figure is the median of the drops.
 */
final class LatencyProbe {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private LatencyProbe() {
    }

    /** Drops {@code files} (each of {@code rows} rows, of other people) in turn, each once the last is reported. */
    static Measurement run(CrosswalkSettings settings, List<Path> files, long rows) throws Exception {
        Path inbox = Files.createDirectories(settings.inbox().resolve("kajabi"));
        Path reports = new Outbox(settings.outbox()).reports();
        List<Double> totals = new ArrayList<>();
        List<Double> imports = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        try (CrosswalkRuntime service = CrosswalkRuntime.create(settings, true).start()) {
            for (Path file : files) {
                Set<Path> before = reports(reports);
                long started = System.nanoTime();
                Files.move(file, inbox.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                Path report = awaitReport(reports, before, started);
                totals.add((System.nanoTime() - started) / 1e9);
                BatchReport batch = readWhenWritten(report);
                imports.add(batch.durationMs() / 1000.0);
                statuses.add(batch.status());
            }
        }
        double seconds = median(totals);
        double importSeconds = median(imports);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("drops", files.size());
        detail.put("runs_s", totals.stream().map(t -> Measurement.round(t, 3)).toList());
        detail.put("import_s", Measurement.round(importSeconds, 3));
        detail.put("waiting_s", Measurement.round(seconds - importSeconds, 3));
        detail.put("poll_delay_ms", settings.getInt("crosswalk.inbox.poll-delay-ms"));
        detail.put("min_age_ms", settings.getInt("crosswalk.inbox.min-age-ms"));
        detail.put("status", statuses.stream().allMatch("applied"::equals) ? "applied" : String.join(",", statuses));
        return new Measurement(rows, seconds, null, null, detail);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The report file exists before its writer has finished it: read it once it parses. */
    private static BatchReport readWhenWritten(Path report) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                return ReportWriter.read(report);
            } catch (UncheckedIOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(20);
            }
        }
    }

    private static Set<Path> reports(Path reports) throws IOException {
        if (!Files.isDirectory(reports)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(reports)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-report.json")).collect(Collectors.toSet());
        }
    }

    private static Path awaitReport(Path reports, Set<Path> before, long started)
            throws IOException, InterruptedException {
        while (System.nanoTime() - started < TIMEOUT.toNanos()) {
            Optional<Path> found = reports(reports).stream().filter(p -> !before.contains(p)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no report in " + reports + " after " + TIMEOUT);
    }
}
