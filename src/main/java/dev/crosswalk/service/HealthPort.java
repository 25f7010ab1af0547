package dev.crosswalk.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.config.CrosswalkSettings;
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

/** The health port must be free before the service starts; when it is not, say who holds it. */
public final class HealthPort {

    private HealthPort() {
    }

    public static void refuseIfTaken(CrosswalkSettings settings) {
        if (!settings.healthEnabled() || settings.healthPort() == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket(settings.healthPort(), 1,
                InetAddress.getByName(settings.healthHost()))) {
            return;
        } catch (BindException taken) {
            throw new StartRefused("the health port " + settings.healthHost() + ":" + settings.healthPort()
                    + " is taken by " + holder(settings) + "; stop it, or set crosswalk.health.port "
                    + "(CROSSWALK_HEALTH_PORT) to a free port");
        } catch (IOException e) {
            throw new StartRefused("cannot open the health port " + settings.healthHost() + ":"
                    + settings.healthPort() + " (" + e.getMessage() + "); check crosswalk.health.host");
        }
    }

    /** Another Crosswalk answers with its pid and home; anything else is "another program". */
    private static String holder(CrosswalkSettings settings) {
        String url = ServiceLock.healthUrl(settings);
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
