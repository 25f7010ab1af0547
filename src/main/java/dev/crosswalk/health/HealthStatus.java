package dev.crosswalk.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Comparator;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;

/**
 * The service's health as the endpoint serves it and {@code crosswalk status} prints it: overall UP or DOWN, then
 * one line per check.
 */
public record HealthStatus(@JsonProperty("status") String status, @JsonProperty("pid") Long pid,
        @JsonProperty("home") String home, @JsonProperty("checks") List<Check> checks) {

    public record Check(@JsonProperty("id") String id, @JsonProperty("state") String state,
            @JsonProperty("message") String message) {
    }

    static HealthStatus of(CamelContext context) {
        List<Check> checks = HealthCheckHelper.invoke(context).stream()
                .map(r -> new Check(r.getCheck().getId(), r.getState().name(), message(r)))
                .sorted(Comparator.comparing(Check::id)).toList();
        boolean up = checks.stream().allMatch(c -> HealthCheck.State.UP.name().equals(c.state()));
        // who answers: a second service on the same port names this one by them
        return new HealthStatus(up ? "UP" : "DOWN", ProcessHandle.current().pid(),
                context.resolvePropertyPlaceholders("{{crosswalk.home}}"), checks);
    }

    private static String message(HealthCheck.Result result) {
        if (result.getMessage().isPresent()) {
            return result.getMessage().get();
        }
        return result.getError().map(Throwable::getMessage).orElse("");
    }

    public boolean up() {
        return "UP".equals(status);
    }

    /** As {@code crosswalk status} prints it. */
    public String describe() {
        StringBuilder out = new StringBuilder("Crosswalk: ").append(status).append('\n');
        checks.forEach(c -> out.append(String.format("  %-5s %-32s %s%n", c.state(), c.id(), c.message())));
        return out.toString().stripTrailing();
    }
}
