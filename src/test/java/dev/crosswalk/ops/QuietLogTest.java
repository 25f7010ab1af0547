package dev.crosswalk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.support.TestDatabase;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person reads: the service's start-up on the embedded database in a screenful, ending with the line that
 * says it is ready and where to look; a one-shot command prints its result and nothing else.
 */
class QuietLogTest {

    @TempDir
    Path home;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void startUpIsAScreenfulEndingWithTheReadyLine() throws Exception {
        int health = freePort();
        try (ServiceProcess service = ServiceProcess.start(home, "", home.resolve("service.log"), Map.of(
                "crosswalk.db.embedded.port", Integer.toString(freePort()),
                "crosswalk.health.port", Integer.toString(health))).awaitStarted(120)) {
            List<String> lines = service.log().lines().toList();
            assertTrue(lines.size() <= 15, lines.size() + " lines:\n" + service.log());
            String ready = lines.get(lines.size() - 1);
            assertTrue(ready.endsWith("Crosswalk ready: watching 17 inboxes under " + home.resolve("inbox")
                    + "; decisions in " + home.resolve("outbox/index.html") + "; health http://127.0.0.1:" + health
                    + "/health"), ready);
            assertTrue(lines.stream().noneMatch(l -> l.contains("initdb") || l.contains("Flyway")
                    || l.contains("Quartz") || l.contains("ErrorOverridesSupportStub")), service.log());
        }
    }

    @Test
    void aOneShotCommandPrintsOnlyItsResult() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.crosswalk.CrosswalkApplication", "batches")
                .directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("CROSSWALK_HOME", home.toString());
        builder.environment().put("CROSSWALK_DB_URL", TestDatabase.freshDatabaseUrl());
        builder.environment().put("CROSSWALK_DB_USER", "postgres");
        Process batches = builder.start();
        String printed = new String(batches.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(batches.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, batches.exitValue(), printed);
        assertEquals(List.of("batch  kind  source  status  read  new  updated  unchanged  conflict  rejected  skipped"
                + "  started  file"), printed.lines().toList());
    }
}
