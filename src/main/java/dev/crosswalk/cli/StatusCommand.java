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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Ask the running service for its health checks (database, folders, routes) and print them on "
            + "one screen: every check that is not UP, the others counted by kind (--verbose or --json: each one).",
            "Exit codes: 0 all UP, 1 something is DOWN or the service is not running."})
public final class StatusCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    private static final String UP = "UP";

    @Option(names = "--json", description = "print the health JSON as the endpoint serves it")
    boolean json;

    /** Its inherited {@code --verbose}: every check on its own line. */
    @ParentCommand
    CrosswalkCommand crosswalk;

    @Override
    public Integer call() throws Exception {
        CrosswalkSettings settings = root.get().settings();
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
        System.out.println(json ? response.body() : crosswalk.verbose ? status.describe() : screen(status));
        return status.up() ? 0 : 1;
    }

    /**
     * At most {@value Terminal#HEIGHT} lines of at most {@value Terminal#WIDTH} columns: the checks that stand alone
     * (database, folders), every check that is not UP, then the many of one kind ({@code route:…},
     * {@code consumer:…}) counted in a line each.
     */
    static String screen(HealthStatus status) {
        List<String> lines = new ArrayList<>();
        lines.add("Crosswalk: " + status.status());
        Map<String, List<HealthStatus.Check>> kinds = new TreeMap<>();
        List<HealthStatus.Check> shown = new ArrayList<>();
        for (HealthStatus.Check check : status.checks()) {
            int colon = check.id().indexOf(':');
            if (colon > 0) {
                kinds.computeIfAbsent(check.id().substring(0, colon), k -> new ArrayList<>()).add(check);
            }
            if (colon <= 0 || !UP.equals(check.state())) {
                shown.add(check);
            }
        }
        int room = Terminal.HEIGHT - 1 - kinds.size();
        for (HealthStatus.Check check : shown.subList(0, Math.min(shown.size(), room - 1))) {
            lines.add(line(check.state(), check.id(), check.message()));
        }
        if (shown.size() > room - 1) {
            lines.add("  " + Terminal.ELLIPSIS + " " + (shown.size() - room + 1)
                    + " more checks not UP; --verbose lists every check");
        }
        kinds.forEach((kind, checks) -> {
            long up = checks.stream().filter(c -> UP.equals(c.state())).count();
            lines.add(line(up == checks.size() ? UP : "DOWN", kind + " (" + checks.size() + ")",
                    up + " of " + checks.size() + " UP"));
        });
        return String.join("\n", lines);
    }

    private static String line(String state, String id, String message) {
        return Terminal.fit(String.format("  %-5s %-32s %s", state, id, message).stripTrailing());
    }
}
