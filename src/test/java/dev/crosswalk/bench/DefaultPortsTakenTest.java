package dev.crosswalk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.sample.People;
import dev.crosswalk.sample.SampleCatalog;
import dev.crosswalk.sample.SampleWriter;
import dev.crosswalk.support.TestDatabase;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A developer runs {@code mvn test} beside the service the README starts: the default health port (8765) and the
 * default embedded-database port (54329) are taken, and a test that starts a service must still pass.
 */
class DefaultPortsTakenTest {

    @Test
    void theLatencyScenarioRunsItsServiceBesideOneOnTheDefaultPorts(@TempDir Path work) throws Exception {
        CrosswalkSettings defaults = CrosswalkSettings.load();
        try (PortHeld health = PortHeld.hold(defaults.healthPort());
                PortHeld database = PortHeld.hold(defaults.embeddedPort())) {
            CrosswalkSettings external = CrosswalkSettings.load(Map.of("crosswalk.db.url",
                    TestDatabase.freshDatabaseUrl(), "crosswalk.db.user", "postgres"));
            try (BenchDatabase db = BenchDatabase.open(external, work)) {
                Path file = work.resolve("files/latency.csv");
                SampleWriter.write(SampleCatalog.get("kajabi"), new People(Bench.SEED), 0, 20, file);
                Measurement latency = LatencyProbe.run(db.settings(work.resolve("home")), List.of(file), 20);
                assertEquals("applied", latency.detail().get("status"));
                assertEquals(20, latency.rows());
            }
        }
    }

    /** A port bound by this test, or already bound by something else (a running service): taken either way. */
    record PortHeld(ServerSocket socket) implements AutoCloseable {

        static PortHeld hold(int port) throws IOException {
            try {
                return new PortHeld(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()));
            } catch (BindException alreadyTaken) {
                return new PortHeld(null);
            }
        }

        @Override
        public void close() throws IOException {
            if (socket != null) {
                socket.close();
            }
        }
    }
}
