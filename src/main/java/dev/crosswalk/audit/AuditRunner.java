package dev.crosswalk.audit;

import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.OutboxIndex;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.retention.RetentionPlan;
import dev.crosswalk.retention.RetentionService;
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
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import dev.crosswalk.report.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the data audit (docs/audit.md): reads every audit view and writes {@code outbox/reports/audit-<date>.json} and
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
    private final RetentionService retention;
    private final boolean retentionScheduled;
    private final OwnerOnly ownerOnly;

    /**
     * What the audit's settings say: how long a run may stay {@code running} ({@code crosswalk.audit.lease-minutes})
     * and whether the scheduled run applies retention ({@code crosswalk.retention.scheduled}).
     */
    public record Options(int leaseMinutes, boolean retentionScheduled) {
    }

    public AuditRunner(DataSource dataSource, Options options, Outbox outbox, OwnerOnly ownerOnly, OutboxIndex index,
            RetentionService retention) {
        this.dataSource = dataSource;
        this.reports = outbox.reports();
        this.runs = new AuditRuns(dataSource, options.leaseMinutes());
        this.retention = retention;
        this.retentionScheduled = options.retentionScheduled();
        this.ownerOnly = ownerOnly;
        this.index = index;
        try (InputStream in = AuditRunner.class.getResourceAsStream("/reports/audit.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * At start-up: runs left {@code running} by a process of this host that is gone are recorded failed
     * ("interrupted"), and runs of any host older than the lease too ("expired").
     */
    public int failAbandonedRuns() throws SQLException {
        int failed = runs.failAbandoned();
        if (failed > 0) {
            LOG.warn("{} audit run(s) left running by a stopped process recorded as failed (interrupted)", failed);
        }
        return failed + failExpiredRuns();
    }

    /** Before every run: runs of any host left running longer than the lease are recorded failed ("expired"). */
    private int failExpiredRuns() throws SQLException {
        int expired = runs.failExpired();
        if (expired > 0) {
            LOG.warn("{} audit run(s) still running after the lease (crosswalk.audit.lease-minutes) recorded as "
                    + "failed (expired)", expired);
        }
        return expired;
    }

    /** At a stop that could not wait for it: this process's unfinished audit is recorded failed, with why. */
    public void failOwnRuns(String reason) throws SQLException {
        runs.failOwn(reason);
    }

    /** The Quartz route's step: the scheduled run of this firing, or nothing when another instance has it. */
    @Override
    public void process(Exchange exchange) throws Exception {
        Date scheduled = exchange.getIn().getHeader(SCHEDULED_FIRE_TIME, Date.class);
        Instant slot = scheduled != null ? scheduled.toInstant() : Instant.now().truncatedTo(ChronoUnit.MINUTES);
        exchange.getIn().setBody(runScheduled(slot).orElse(null));
    }

    public Optional<AuditReport> runScheduled(Instant slot) throws SQLException {
        failExpiredRuns();
        OptionalLong run = runs.claim(slot);
        if (run.isEmpty()) {
            LOG.info("Audit of {} already run by another instance; skipped", slot);
            return Optional.empty();
        }
        if (retentionScheduled) {
            // the instance that claimed the night applies retention once, before the audit counts what is left
            retention.run(false);
        }
        return Optional.of(run(run.getAsLong(), "schedule", LocalDate.ofInstant(slot, ZoneId.systemDefault())));
    }

    public AuditReport runNow() throws SQLException {
        failExpiredRuns();
        return run(runs.start(), "cli", LocalDate.now());
    }

    /** What is beyond retention, one row per setting with something due (not a database view: files too). */
    private static List<Map<String, Object>> retentionDue(RetentionPlan plan) {
        List<Map<String, Object>> rows = new ArrayList<>();
        plan.due().forEach((rule, items) -> {
            if (!items.isEmpty()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("setting", "crosswalk.retention." + rule.item().key());
                row.put("count", (long) items.size());
                row.put("description", rule.item().label() + " older than " + rule.keepText());
                row.put("action", "run `retention` (`retention --preview` lists them)");
                rows.add(row);
            }
        });
        return rows;
    }

    private AuditReport run(long run, String trigger, LocalDate day) throws SQLException {
        try {
            Map<String, List<Map<String, Object>>> views;
            List<Map<String, Object>> due;
            try (Connection c = dataSource.getConnection()) {
                views = AuditViews.read(c);
                due = retentionDue(retention.plan(c));
            }
            Path json = reports.resolve("audit-" + day + ".json");
            Path html = reports.resolve("audit-" + day + ".html");
            AuditReport report = new AuditReport(run, trigger, day, Instant.now(), views, due, html, json);
            Files.createDirectories(reports);
            ReportWriter.JSON.writeValue(json.toFile(), report.document());
            Files.writeString(html, AuditPage.render(template, report), StandardCharsets.UTF_8);
            ownerOnly.file(json);
            ownerOnly.file(html);
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
