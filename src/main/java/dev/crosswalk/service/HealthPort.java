package dev.crosswalk.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.config.StartRefused;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The health endpoint's crosswalk.health.* settings. Its port must be free before the service starts; when it is
 * not, say who holds it.
 */
public record HealthPort(boolean enabled, String host, int port) {

    /** Where the endpoint answers, as the service lock's holder line names it. */
    String url() {
        return enabled ? "http://" + host + ":" + port + "/health" : "no health endpoint";
    }

    public void refuseIfTaken() {
        if (!enabled || port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(host))) {
            return;
        } catch (BindException taken) {
            throw new StartRefused("the health port " + host + ":" + port + " is taken by " + holder()
                    + "; stop it, or set crosswalk.health.port (CROSSWALK_HEALTH_PORT) to a free port");
        } catch (IOException e) {
            throw new StartRefused("cannot open the health port " + host + ":" + port + " (" + e.getMessage()
                    + "); check crosswalk.health.host");
        }
    }

    /** Another Crosswalk answers with its pid and home; anything else is "another program". */
    private String holder() {
        String url = url();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            JsonNode health = new ObjectMapper().readTree(response.body());
            if (health.hasNonNull("pid")) {
                return "another Crosswalk (pid " + health.get("pid").asLong() + ", home "
                        + health.path("home").asText() + ", " + url + ")";
            }
        } catch (IOException | RuntimeException notCrosswalk) {
            // not an HTTP server, or not Crosswalk's health answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "another program (not a Crosswalk health endpoint)";
    }
}
