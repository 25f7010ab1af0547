package dev.crosswalk.report;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Where things go in the outbox, decided here only: {@code reports/}, {@code conflicts/} (the review queue),
 * {@code rejected/}, {@code archive/<date>/<folder>/} and the start page {@code index.html}.
 */
public record Outbox(Path root) {

    public Path reports() {
        return root.resolve("reports");
    }

    /** The review queue: decisions files waiting for a reviewer. */
    public Path conflicts() {
        return root.resolve("conflicts");
    }

    /** Refused files and the rows a batch refused. */
    public Path rejected() {
        return root.resolve("rejected");
    }

    public Path index() {
        return root.resolve("index.html");
    }

    /** A processed file's folder: {@code archive/<day>/<folders...>/}, e.g. {@code kajabi} or {@code preview/zoho}. */
    public Path archive(LocalDate day, String... folders) {
        Path folder = root.resolve("archive").resolve(day.toString());
        for (String f : folders) {
            folder = folder.resolve(f);
        }
        return folder;
    }
}
