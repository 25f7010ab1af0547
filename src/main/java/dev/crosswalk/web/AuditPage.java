package dev.crosswalk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.camel.Exchange;

/** The latest data audit's page, as the nightly audit (or {@code crosswalk audit}) wrote it. */
public final class AuditPage {

    private final Path reports;

    public AuditPage(Path reports) {
        this.reports = reports;
    }

    /** The newest outbox/reports/audit-*.html, or null. */
    Path latest() {
        if (!Files.isDirectory(reports)) {
            return null;
        }
        try (Stream<Path> files = Files.list(reports)) {
            return files.filter(f -> f.getFileName().toString().matches("audit-.*\\.html"))
                    .max(Comparator.comparing(f -> f.getFileName().toString())).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void show(Exchange exchange) throws IOException {
        Path latest = latest();
        if (latest == null) {
            WebResponse.html(exchange, 200, Page.render("Audit", WebRequest.session(exchange), "/audit",
                    "<p>No audit yet: the service runs one every night, or run <code>crosswalk audit</code>.</p>"));
            return;
        }
        ReportFiles.serve(exchange, latest);
    }
}
