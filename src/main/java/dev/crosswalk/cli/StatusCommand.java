package dev.crosswalk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.health.HealthStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Ask the running service for its health checks (database, folders, routes) and print them.",
            "Exit codes: 0 all UP, 1 something is DOWN or the service is not running."})
public final class StatusCommand implements Callable<Integer> {

    @Option(names = "--json", description = "print the health JSON as the endpoint serves it")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CrosswalkSettings settings = CrosswalkSettings.load();
        URI uri = URI.create("http://" + settings.healthHost() + ":" + settings.healthPort() + "/health");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        HttpResponse<String> response;
        try {
            response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            System.out.println("Crosswalk: not running (nothing answers on " + uri + ")");
            return 1;
        }
        HealthStatus status = new ObjectMapper().readValue(response.body(), HealthStatus.class);
        System.out.println(json ? response.body() : status.describe());
        return status.up() ? 0 : 1;
    }
}
