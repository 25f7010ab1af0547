package dev.crosswalk.audit;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.OutboxIndex;
import dev.crosswalk.report.ReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the data audit (SPEC §8): reads every audit view and writes {@code outbox/reports/audit-<date>.json} and
 * {@code .html}. On the Quartz schedule only the instance that claims the night's slot runs it; on demand (CLI)
 * it always runs. Every run is recorded in {@code audit_runs}.
 */
public final class AuditRunner implements Processor {

    /** Set by camel-quartz on every firing: the time the cron meant, identical on every instance. */
    static final String SCHEDULED_FIRE_TIME = "scheduledFireTime";
    private static final Logger LOG = LoggerFactory.getLogger(AuditRunner.class);

    private final DataSource dataSource;
    private final Path reports;
    private final AuditRuns runs;
    private final OutboxIndex index;
    private final String template;

    public AuditRunner(DataSource dataSource, CrosswalkSettings settings) {
        this.dataSource = dataSource;
        this.reports = settings.outbox().resolve("reports");
        this.runs = new AuditRuns(dataSource);
        this.index = new OutboxIndex(dataSource, settings.outbox(), settings.outboxPrivate());
        try (InputStream in = AuditRunner.class.getResourceAsStream("/reports/audit.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Quartz route's step: the scheduled run of this firing, or nothing when another instance has it. */
    @Override
    public void process(Exchange exchange) throws Exception {
        Date scheduled = exchange.getIn().getHeader(SCHEDULED_FIRE_TIME, Date.class);
        Instant slot = scheduled != null ? scheduled.toInstant() : Instant.now().truncatedTo(ChronoUnit.MINUTES);
        exchange.getIn().setBody(runScheduled(slot).orElse(null));
    }

    public Optional<AuditReport> runScheduled(Instant slot) throws SQLException {
        OptionalLong run = runs.claim(slot);
        if (run.isEmpty()) {
            LOG.info("Audit of {} already run by another instance; skipped", slot);
            return Optional.empty();
        }
        return Optional.of(run(run.getAsLong(), "schedule", LocalDate.ofInstant(slot, ZoneId.systemDefault())));
    }

    public AuditReport runNow() throws SQLException {
        return run(runs.start(), "cli", LocalDate.now());
    }

    private AuditReport run(long run, String trigger, LocalDate day) throws SQLException {
        try {
            Map<String, List<Map<String, Object>>> views;
            try (Connection c = dataSource.getConnection()) {
                views = AuditViews.read(c);
            }
            Path json = reports.resolve("audit-" + day + ".json");
            Path html = reports.resolve("audit-" + day + ".html");
            AuditReport report = new AuditReport(run, trigger, day, Instant.now(), views, html, json);
            Files.createDirectories(reports);
            ReportWriter.JSON.writeValue(json.toFile(), report.document());
            Files.writeString(html, AuditPage.render(template, report), StandardCharsets.UTF_8);
            runs.done(run, html, json);
            index.write();
            LOG.info("Audit run {} ({}) written to {}", run, trigger, html);
            return report;
        } catch (IOException e) {
            runs.failed(run, e.toString());
            throw new UncheckedIOException("cannot write the audit to " + reports, e);
        } catch (SQLException | RuntimeException e) {
            runs.failed(run, e.toString());
            throw e;
        }
    }
}
