package dev.crosswalk.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.health.HealthEndpoint;
import dev.crosswalk.support.TestCrosswalk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The health endpoint of a running test service, read over real HTTP. */
record Health(int code, JsonNode body) {

    static int port(TestCrosswalk crosswalk) {
        return crosswalk.runtime().context().getRegistry().lookupByNameAndType("healthEndpoint", HealthEndpoint.class)
                .port();
    }

    static Health get(int port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Health(response.statusCode(), new ObjectMapper().readTree(response.body()));
    }

    String state(String check) {
        for (JsonNode c : body.get("checks")) {
            if (c.get("id").asText().equals(check)) {
                return c.get("state").asText();
            }
        }
        return "absent";
    }
}
