package dev.crosswalk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The import in a child JVM with a small heap ({@code java -Xmx256m -cp <this classpath> … import FILE}),
 * exactly as a user runs it; its peak resident set is read from /proc/<pid>/status (VmHWM) while it runs.
 * Optionally records a JFR profile of that run.
 */
final class MemoryProbe {

    private MemoryProbe() {
    }

    static Measurement run(BenchDatabase db, DataSource dataSource, Path home, Path file, long rows, String heap, Path profile, Path work)
            throws IOException, InterruptedException, SQLException {
        Files.createDirectories(home);
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap));
        if (profile != null) {
            // every wait on the database recorded, not only those over the default 20 ms
            command.add("-XX:StartFlightRecording=filename=" + profile.toAbsolutePath()
                    + ",settings=profile,jdk.SocketRead#threshold=0ms");
        }
        command.addAll(List.of("-cp", absoluteClasspath(System.getProperty("java.class.path")),
                "dev.crosswalk.CrosswalkApplication",
                "import", file.toAbsolutePath().toString(), "--source", "kajabi", "--json"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(work.resolve("memory-import.json").toFile())
                .redirectError(work.resolve("memory-import.log").toFile());
        builder.environment().putAll(db.environment(home));
        ProcessCpu cpu = db.cpu();
        WriteMeter writes = WriteMeter.start(dataSource);
        Double dbBefore = cpu.dbSeconds();
        long started = System.nanoTime();
        Process child = builder.start();
        Path status = Path.of("/proc", Long.toString(child.pid()), "status");
        long peakKb = 0;
        while (child.isAlive()) {
            peakKb = Math.max(peakKb, highWaterKb(status));
            Thread.sleep(50);
        }
        int exit = child.waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        Double dbUsed = dbBefore == null ? null : cpu.dbSeconds() - dbBefore;
        Map<String, Object> detail = new LinkedHashMap<>(writes.stop(rows));
        detail.put("heap", "-Xmx" + heap);
        detail.put("completed", exit == 0);
        detail.put("exit_code", exit);
        detail.put("peak_rss_mb", peakKb == 0 ? null : Measurement.round(peakKb / 1024.0, 1));
        detail.put("includes", "JVM start-up, Camel start-up and the import");
        if (exit != 0) {
            detail.put("log", work.resolve("memory-import.log").toString());
        }
        return new Measurement(rows, seconds, null, dbUsed, detail);
    }

    /**
     * The child runs in its own folder, so a relative class path entry ({@code java -jar target/crosswalk.jar}
     * gives "target/crosswalk.jar") must be made absolute against this process's working folder.
     */
    static String absoluteClasspath(String classpath) {
        return Arrays.stream(classpath.split(File.pathSeparator)).filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** VmHWM in kB, 0 once the process is gone. */
    private static long highWaterKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
