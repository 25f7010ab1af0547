package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Database;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.service.ServiceLock;
import dev.crosswalk.support.TestCrosswalk;
import dev.crosswalk.support.TestDatabase;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second {@code run} beside a first: refused in one line naming what holds the port or the home and the setting
 * to change, never a stack trace, never another home's database; one-shot commands still work beside a service.
 */
class SecondInstanceTest extends CommandLineTestBase {

    private static final List<String> SET_HERE = List.of("crosswalk.health.port", "crosswalk.db.embedded.port");
    @AfterEach
    void clearPorts() {
        SET_HERE.forEach(System::clearProperty);
    }

    /** Exit code 1 and exactly one line on standard error, which is returned. */
    private String refusedInOneLine(String... args) {
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> run(args));
        String said = err();
        assertEquals(1, exit, said);
        assertEquals(1, said.lines().count(), said);
        assertFalse(said.contains("Exception"), said);
        return said;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aHealthPortHeldByAnotherProgramIsNamedWithItsSetting() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            System.setProperty("crosswalk.health.port", Integer.toString(other.getLocalPort()));
            String said = refusedInOneLine("run");
            assertTrue(said.startsWith("crosswalk run: the health port 127.0.0.1:" + other.getLocalPort()
                    + " is taken by another program"), said);
            assertTrue(said.contains("set crosswalk.health.port (CROSSWALK_HEALTH_PORT) to a free port"), said);
        }
    }

    @Test
    void aHealthPortHeldByAnotherCrosswalkNamesItsPidAndUrl(@TempDir Path first) throws Exception {
        int port = freePort();
        try (TestCrosswalk running = TestCrosswalk.start(first, true, Map.of("crosswalk.health.port",
                Integer.toString(port)))) {
            System.setProperty("crosswalk.health.port", Integer.toString(port));
            String said = refusedInOneLine("run");
            assertTrue(said.contains("is taken by another Crosswalk (pid " + ProcessHandle.current().pid()
                    + ", home "), said);
            assertTrue(said.contains(", http://127.0.0.1:" + port + "/health); stop it, or set "
                    + "crosswalk.health.port"), said);
        }
    }

    @Test
    void aSecondServiceOnTheSameHomeWithTheEmbeddedDatabaseIsRefused() throws Exception {
        System.setProperty("crosswalk.db.url", "");
        System.setProperty("crosswalk.db.embedded.port", Integer.toString(freePort()));
        System.setProperty("crosswalk.health.port", Integer.toString(freePort()));
        try (ServiceLock first = CompositionRoot.of(CrosswalkSettings.load()).serviceLock()) {
            String said = refusedInOneLine("run");
            assertTrue(said.startsWith("crosswalk run: another Crosswalk (pid " + ProcessHandle.current().pid()
                    + ", health http://127.0.0.1:"), said);
            assertTrue(said.contains("already runs on " + home + " with its embedded database"), said);
        }
    }

    @Test
    void anotherHomesDatabaseOnTheEmbeddedPortIsNeverUsed() throws Exception {
        System.setProperty("crosswalk.db.url", "");
        System.setProperty("crosswalk.db.embedded.port", Integer.toString(TestDatabase.server().getPort()));
        String said = refusedInOneLine("batches");
        assertTrue(said.contains("is taken by a PostgreSQL serving "), said);
        assertTrue(said.contains("set crosswalk.db.embedded.port (CROSSWALK_DB_PORT) to a free port"), said);
    }

    @Test
    void oneShotCommandsShareTheEmbeddedDatabaseOfTheRunningService() throws Exception {
        System.setProperty("crosswalk.db.url", "");
        System.setProperty("crosswalk.db.embedded.port", Integer.toString(freePort()));
        try (Database service = Database.open(CompositionRoot.databaseOptions(CrosswalkSettings.load()))) {
            assertEquals(0, run("batches"), err());
            assertTrue(out().startsWith("batch"), out());
        }
    }
}
