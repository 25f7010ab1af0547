package dev.crosswalk.ops;

import dev.crosswalk.support.TestCrosswalk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code crosswalk run} as a separate operating-system process, the way an operator runs it: configured by
 * environment variables and -D settings, logging to a file, and killable with SIGKILL.
 */
final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ServiceProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * The JVM options of a test's service, by key: a small heap, and the quick compiler only (C1), which starts the
     * service in half the CPU time the JVM's default needs and is fast enough for the work a test gives it. A setting
     * whose key starts with "-" replaces the option of that key ({@code "-Xmx" -> "-Xmx512m"}) or adds one.
     */
    private static final Map<String, String> JVM_OPTIONS = Map.of("-Xmx", "-Xmx256m",
            "-XX:TieredStopAtLevel", "-XX:TieredStopAtLevel=1");

    /**
     * Starts the service on {@code home} and database {@code dbUrl}; settings become -D options, those whose key
     * starts with "-" JVM options (see {@link #JVM_OPTIONS}).
     */
    static ServiceProcess start(Path home, String dbUrl, Path log, Map<String, String> settings) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Map<String, String> jvm = new LinkedHashMap<>(JVM_OPTIONS);
        settings.forEach((k, v) -> {
            if (k.startsWith("-")) {
                jvm.put(k, v);
            }
        });
        command.addAll(jvm.values());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dcrosswalk.health.port=" + settings.getOrDefault("crosswalk.health.port", "0"));
        if (!settings.containsKey("crosswalk.web.port")) {
            command.add("-Dcrosswalk.web.port=" + TestCrosswalk.freePort());
        }
        settings.forEach((k, v) -> {
            if (!k.startsWith("-")) {
                command.add("-D" + k + "=" + v);
            }
        });
        command.add("dev.crosswalk.CrosswalkApplication");
        command.add("run");
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("CROSSWALK_HOME", home.toString());
        builder.environment().put("CROSSWALK_DB_URL", dbUrl);
        builder.environment().put("CROSSWALK_DB_USER", "postgres");
        return new ServiceProcess(builder.start(), log);
    }

    /** Waits until the service says it is ready (the inboxes are being watched). */
    ServiceProcess awaitStarted(int seconds) throws Exception {
        Inbox.await(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + ":\n" + log());
            }
            return log().contains("Crosswalk ready: watching ");
        }, seconds, () -> "the service to start; log:\n" + log());
        return this;
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, as Ctrl+C or a service manager stops it: the shutdown hooks run. Returns the exit code. */
    int terminate(int seconds) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the service did not stop within " + seconds + " s of SIGTERM");
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no clean-up, exactly like a crash or an out-of-memory kill. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
