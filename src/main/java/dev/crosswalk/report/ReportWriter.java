package dev.crosswalk.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.crosswalk.report.NamedConflicts.NamedConflict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a batch report twice: JSON for scripts, and an HTML page a person reads at a glance. */
public final class ReportWriter {

    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // a report read back keeps money exact and counts as longs, as they were written
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);

    /** How many conflicts a report page lists with their person; the conflicts file has them all. */
    public static final int LISTED_CONFLICTS = 50;

    private final String template;
    private final OwnerOnly ownerOnly;

    public ReportWriter(OwnerOnly ownerOnly) {
        this.ownerOnly = ownerOnly;
        try (InputStream in = ReportWriter.class.getResourceAsStream("/reports/batch.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report as JSON and HTML; then it and every file the report lists (conflicts, answers, locks, archive…)
     * are made owner-only: the one place every batch's outbox files get their permissions.
     */
    public void write(BatchReport report, Path json, Path html) {
        write(report, json, html, List.of());
    }

    /** {@code listed}: the batch's first open conflicts, shown on the page with their person. */
    public void write(BatchReport report, Path json, Path html, List<NamedConflict> listed) {
        try {
            Files.createDirectories(json.getParent());
            JSON.writeValue(json.toFile(), report);
            Files.writeString(html, BatchPage.render(template, report, listed), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of batch " + report.batch(), e);
        }
        ownerOnly.file(json);
        ownerOnly.file(html);
        report.files().values().forEach(file -> ownerOnly.file(Path.of(file)));
    }

    public static BatchReport read(Path json) {
        try {
            return JSON.readValue(json.toFile(), BatchReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json, e);
        }
    }

    public static String toJson(BatchReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
