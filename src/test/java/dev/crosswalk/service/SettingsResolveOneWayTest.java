package dev.crosswalk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the code hands a runtime is what its routes use, whatever the environment holds: a service unit that sets
 * CROSSWALK_HOME (and other CROSSWALK_* variables) must not redirect a runtime built with another home, as the
 * latency probe of {@code bench} builds one. Environment variables cannot be set inside a running JVM, so the
 * runtime starts in a child JVM whose environment says otherwise.
 */
class SettingsResolveOneWayTest {

    @Test
    void theRuntimesOwnSettingsWinOverTheEnvironmentInTheRoutes(@TempDir Path work) throws Exception {
        Path handed = Files.createDirectories(work.resolve("handed-home"));
        Path environment = Files.createDirectories(work.resolve("environment-home"));
        Path output = work.resolve("probe.out");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Dcrosswalk.db.url=" + TestDatabase.freshDatabaseUrl(), Probe.class.getName(), handed.toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("CROSSWALK_HOME", environment.toString());
        builder.environment().put("CROSSWALK_AUDIT_CRON", "0 0 5 * * ?");
        builder.environment().put("CROSSWALK_INBOX_POLL_DELAY_MS", "98765");
        Process probe = builder.start();
        assertTrue(probe.waitFor(120, TimeUnit.SECONDS), "the probe finished");
        String said = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, probe.exitValue(), said);

        List<String> lines = said.lines().filter(l -> l.startsWith("probe ")).toList();
        assertEquals("probe home " + handed, lines.get(0), said);
        assertEquals("probe cron 0 0 3 * * ?", lines.get(1), said);
        assertEquals("probe poll 1234", lines.get(2), said);
        List<String> inboxes = lines.stream().filter(l -> l.startsWith("probe inbox ")).toList();
        assertTrue(inboxes.size() >= 5, said);
        for (String inbox : inboxes) {
            assertTrue(inbox.startsWith("probe inbox file://" + handed.resolve("inbox")), said);
        }
        assertTrue(Files.isDirectory(handed.resolve("outbox")), "the handed home holds the outbox");
        assertTrue(!Files.exists(environment.resolve("outbox")), "the environment's home is not touched");
    }

    /** The child JVM: a service runtime on the home in {@code args[0]}; prints what its routes resolved. */
    public static final class Probe {

        public static void main(String[] args) throws Exception {
            CrosswalkSettings settings = CrosswalkSettings.load(Map.of("crosswalk.home", args[0],
                    "crosswalk.audit.cron", "0 0 3 * * ?", "crosswalk.inbox.poll-delay-ms", "1234",
                    "crosswalk.health.port", "0"));
            try (CrosswalkRuntime runtime = CrosswalkRuntime.create(settings, true).start()) {
                CamelContext context = runtime.context();
                System.out.println("probe home " + context.resolvePropertyPlaceholders("{{crosswalk.home}}"));
                System.out.println("probe cron " + context.resolvePropertyPlaceholders("{{crosswalk.audit.cron}}"));
                System.out.println("probe poll "
                        + context.resolvePropertyPlaceholders("{{crosswalk.inbox.poll-delay-ms}}"));
                context.getRoutes().stream().map(r -> r.getEndpoint().getEndpointUri())
                        .filter(uri -> uri.startsWith("file:")).sorted()
                        .forEach(uri -> System.out.println("probe inbox " + uri));
            }
            System.exit(0);
        }
    }
}
