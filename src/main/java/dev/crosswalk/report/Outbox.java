package dev.crosswalk.report;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Where things go in the outbox, decided here only: {@code reports/}, {@code conflicts/} (the review queue),
 * {@code rejected/}, {@code archive/<date>/<folder>/} and the start page {@code index.html}. A batch's files are
 * named after it: {@code <batch>-<name>}.
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

    public Path archive() {
        return root.resolve("archive");
    }

    public Path index() {
        return root.resolve("index.html");
    }

    /** A batch's file in reports/, e.g. {@code report(7, "report.json")} is reports/7-report.json. */
    public Path report(long batch, String name) {
        return reports().resolve(batch + "-" + name);
    }

    /** Every open review item, rewritten after every batch and decision. */
    public Path openConflicts() {
        return conflicts().resolve("open-conflicts.csv");
    }

    /** A batch's decisions file, in the review queue: the open items it raised or added evidence to. */
    public Path conflicts(long batch) {
        return conflicts().resolve(batch + "-conflicts.csv");
    }

    /** A refused file, or a batch's refused rows ({@code rejected.csv}). */
    public Path rejected(long batch, String name) {
        return rejected().resolve(batch + "-" + name);
    }

    /**
     * Where a processed file is kept: {@code archive/<today>/<folders...>/<batch>-<name>}, e.g. folders
     * {@code kajabi}, or {@code preview, zoho}; the batch id keeps weekly exports that share a file name apart.
     */
    public Path archived(long batch, String name, String... folders) {
        Path folder = archive().resolve(LocalDate.now().toString());
        for (String f : folders) {
            folder = folder.resolve(f);
        }
        return folder.resolve(batch + "-" + name);
    }
}
