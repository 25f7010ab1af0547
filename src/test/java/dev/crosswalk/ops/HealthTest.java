package dev.crosswalk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.cli.CrosswalkCommand;
import dev.crosswalk.health.HealthEndpoint;
import dev.crosswalk.support.TestCrosswalk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7.6: the running service serves Camel's health checks (database, folders, routes, consumers) on a
 * loopback-only HTTP endpoint, and {@code crosswalk status} prints the same and exits 0 only when all are UP.
 */
class HealthTest {

    @TempDir
    Path home;

    @Test
    void theEndpointAndTheStatusCommandReportTheSameChecks() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true, Map.of())) {
            int port = Health.port(crosswalk);
            HealthEndpoint endpoint = crosswalk.runtime().context().getRegistry()
                    .lookupByNameAndType("healthEndpoint", HealthEndpoint.class);
            assertTrue(endpoint.port() > 0);

            Inbox.await(() -> Health.get(port).code() == 200, 30, () -> "UP once every inbox has polled: "
                    + Health.get(port).body().toPrettyString());
            Health health = Health.get(port);
            assertEquals("UP", health.body().get("status").asText());
            assertEquals("UP", health.state("database"));
            assertEquals("UP", health.state("folders"));
            assertEquals("UP", health.state("route:inbox-kajabi"));
            assertEquals("UP", health.state("consumer:inbox-kajabi"));
            assertEquals("UP", health.state("route:inbox-locks"));

            Status status = status(port);
            assertEquals(0, status.exit(), status.out());
            assertTrue(status.out().startsWith("Crosswalk: UP"), status.out());
            assertTrue(status.out().matches("(?s).*UP +database +reachable \\(jdbc:postgresql://.*"), status.out());
            List<String> screen = status.out().lines().toList();
            assertTrue(screen.size() <= 24, screen.size() + " lines:\n" + status.out());
            assertTrue(screen.stream().allMatch(l -> l.length() <= 120), status.out());
            long routes = health.body().get("checks").findValues("id").stream()
                    .filter(id -> id.asText().startsWith("route:")).count();
            assertTrue(screen.contains(String.format("  UP    %-32s %d of %d UP", "route (" + routes + ")", routes,
                    routes)), status.out());
            Status everything = status(port, "--verbose");
            assertTrue(everything.out().contains("route:inbox-kajabi"), everything.out());
            assertTrue(everything.out().lines().count() > 24, everything.out());

            Files.delete(home.resolve("outbox/reports"));
            health = Health.get(port);
            assertEquals(503, health.code());
            assertEquals("DOWN", health.state("folders"));
            status = status(port);
            assertEquals(1, status.exit());
            assertTrue(status.out().contains("DOWN  folders") && status.out().contains("outbox/reports is missing"),
                    status.out());
        }
    }

    @Test
    void theEndpointListensOnLoopbackOnly() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true, Map.of())) {
            HealthEndpoint endpoint = crosswalk.runtime().context().getRegistry()
                    .lookupByNameAndType("healthEndpoint", HealthEndpoint.class);
            assertTrue(endpoint.address().getAddress().isLoopbackAddress(), endpoint.address().toString());
            for (InetAddress other : nonLoopbackAddresses()) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(other, endpoint.port()), 1000);
                    throw new AssertionError("the health endpoint answers on " + other);
                } catch (IOException expected) {
                    // refused: nothing listens there
                }
            }
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).toList();
    }

    @Test
    void statusSaysWhenNoServiceIsRunning() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Status status = status(port);
        assertEquals(1, status.exit());
        assertTrue(status.out().startsWith("Crosswalk: not running (nothing answers on http://127.0.0.1:" + port),
                status.out());
    }

    record Status(int exit, String out) {
    }

    private static Status status(int port, String... options) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setProperty("crosswalk.health.port", Integer.toString(port));
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            List<String> args = new ArrayList<>(List.of("status"));
            args.addAll(List.of(options));
            int exit = CrosswalkCommand.commandLine().execute(args.toArray(String[]::new));
            return new Status(exit, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
            System.clearProperty("crosswalk.health.port");
        }
    }
}
