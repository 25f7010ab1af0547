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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a user waits: a running service (the real inbox routes, their default poll and read-lock settings) is
 * handed a file by an atomic move into {@code inbox/kajabi/}; the clock stops when the batch report exists. The
 * wait includes the time to the inbox's next poll (up to {@code crosswalk.inbox.poll-delay-ms}).
 */
final class LatencyProbe {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private LatencyProbe() {
    }

    static Measurement run(CrosswalkSettings settings, Path file, long rows) throws Exception {
        Path inbox = Files.createDirectories(settings.inbox().resolve("kajabi"));
        Path reports = new Outbox(settings.outbox()).reports();
        try (CrosswalkRuntime service = CrosswalkRuntime.create(settings, true).start()) {
            long started = System.nanoTime();
            Files.move(file, inbox.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            Path report = awaitReport(reports, started);
            double seconds = (System.nanoTime() - started) / 1e9;
            BatchReport batch = readWhenWritten(report);
            Map<String, Object> detail = new LinkedHashMap<>();
            double importSeconds = batch.durationMs() / 1000.0;
            detail.put("import_s", Measurement.round(importSeconds, 3));
            detail.put("waiting_s", Measurement.round(seconds - importSeconds, 3));
            detail.put("poll_delay_ms", settings.getInt("crosswalk.inbox.poll-delay-ms"));
            detail.put("min_age_ms", settings.getInt("crosswalk.inbox.min-age-ms"));
            detail.put("status", batch.status());
            return new Measurement(rows, seconds, null, null, detail);
        }
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

    private static Path awaitReport(Path reports, long started) throws IOException, InterruptedException {
        while (System.nanoTime() - started < TIMEOUT.toNanos()) {
            if (Files.isDirectory(reports)) {
                try (Stream<Path> files = Files.list(reports)) {
                    Optional<Path> found = files.filter(p -> p.getFileName().toString().endsWith("-report.json"))
                            .findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no report in " + reports + " after " + TIMEOUT);
    }
}
