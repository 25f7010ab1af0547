package dev.crosswalk.health;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** UP when every inbox and outbox folder exists and this process may write to it (move files in and out). */
public final class FoldersHealthCheck extends AbstractHealthCheck {

    private final List<Path> folders;

    public FoldersHealthCheck(List<Path> folders) {
        super("crosswalk", "folders");
        this.folders = List.copyOf(folders);
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        String problems = folders.stream().filter(f -> !Files.isDirectory(f) || !Files.isWritable(f))
                .map(f -> f + (Files.isDirectory(f) ? " is not writable" : " is missing"))
                .collect(Collectors.joining("; "));
        if (problems.isEmpty()) {
            builder.up().message(folders.size() + " inbox and outbox folders writable");
        } else {
            builder.down().message(problems);
        }
    }
}
