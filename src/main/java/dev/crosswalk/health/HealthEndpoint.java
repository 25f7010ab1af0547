package dev.crosswalk.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health} on a small HTTP server, bound to 127.0.0.1 by default: Camel's health checks (the database,
 * the folders, the routes and their consumers) as JSON, HTTP 200 when all are UP and 503 otherwise.
 */
public final class HealthEndpoint extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(HealthEndpoint.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CamelContext context;
    private final String host;
    private final int port;
    private HttpServer server;

    public HealthEndpoint(CamelContext context, String host, int port) {
        this.context = context;
        this.host = host;
        this.port = port;
    }

    @Override
    protected void doStart() throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/health", this::respond);
        server.start();
        LOG.info("Health checks on http://{}:{}/health", host, port());
    }

    @Override
    protected void doStop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The bound address; its port is the configured one, or the one the system chose for port 0. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    public int port() {
        return address().getPort();
    }

    private void respond(HttpExchange exchange) throws IOException {
        try (exchange) {
            HealthStatus status = HealthStatus.of(context);
            byte[] body = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(status);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.up() ? 200 : 503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
