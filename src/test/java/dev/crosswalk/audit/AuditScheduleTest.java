package dev.crosswalk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.quartz.QuartzComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.quartz.Scheduler;

/** The Quartz route runs the audit on its cron; instances sharing a database run each scheduled audit once. */
class AuditScheduleTest {

    @Test
    void theCronRouteWritesTheAuditAndItsSchedulerStopsWithCamel(@TempDir Path home) throws Exception {
        Scheduler scheduler;
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true, Map.of("crosswalk.audit.cron",
                "0/1 * * * * ?"))) {
            var context = crosswalk.runtime().context();
            NotifyBuilder fired = new NotifyBuilder(context).fromRoute("audit-schedule").whenCompleted(1).create();
            assertTrue(fired.matches(30, TimeUnit.SECONDS), "the audit route fired");
            Map<String, Object> run = crosswalk.rows("select trigger, status, slot, html_path, json_path "
                    + "from audit_runs order by id limit 1").get(0);
            assertEquals("schedule", run.get("trigger"));
            assertEquals("done", run.get("status"));
            assertTrue(run.get("slot") != null);
            assertTrue(Files.readString(Path.of((String) run.get("html_path"))).contains("What needs attention first"));
            assertTrue(Files.isRegularFile(Path.of((String) run.get("json_path"))));
            assertTrue(((String) run.get("html_path")).matches(".*/outbox/reports/audit-\\d{4}-\\d{2}-\\d{2}\\.html"));
            scheduler = context.getComponent("quartz", QuartzComponent.class).getScheduler();
            assertTrue(scheduler.isStarted());
            // no firing while the context shuts down (a cron of every second would race it)
            context.getRouteController().stopRoute("audit-schedule");
        }
        assertTrue(scheduler.isShutdown(), "Quartz stops with Camel");
    }

    @Test
    void aOneShotRuntimeDoesNotSchedule(@TempDir Path home) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            assertTrue(crosswalk.runtime().context().getRouteController().getRouteStatus("audit-schedule")
                    .isStopped());
        }
    }

    @Test
    void twoInstancesRunTheSameSlotOnce(@TempDir Path home) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            CrosswalkSettings settings = CrosswalkSettings.load(Map.of("crosswalk.home", home.toString()));
            PGSimpleDataSource other = new PGSimpleDataSource();
            try (var c = crosswalk.dataSource().getConnection()) {
                other.setUrl(c.getMetaData().getURL());
                other.setUser("postgres");
            }
            List<AuditRunner> instances = List.of(CompositionRoot.on(settings, crosswalk.dataSource()).audit(),
                    CompositionRoot.on(settings, other).audit());
            Instant slot = Instant.parse("2026-01-02T02:00:00Z");
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Optional<AuditReport>>> results = new ArrayList<>();
            for (AuditRunner runner : instances) {
                Callable<Optional<AuditReport>> run = () -> {
                    together.await();
                    return runner.runScheduled(slot);
                };
                results.add(pool.submit(run));
            }
            long ran = 0;
            for (Future<Optional<AuditReport>> r : results) {
                ran += r.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(1, ran);
            assertEquals(1, crosswalk.count("select count(*) from audit_runs where slot = '2026-01-02T02:00:00Z'"));
            assertTrue(Files.isRegularFile(home.resolve("outbox/reports/audit-2026-01-02.html")));

            // on demand it always runs, and is recorded too
            instances.get(1).runNow();
            instances.get(0).runNow();
            assertEquals(2, crosswalk.count("select count(*) from audit_runs "
                    + "where trigger = 'cli' and status = 'done'"));
        }
    }

    /**
     * A run another host left {@code running} (its process killed, so nobody can ask it) is recorded failed once
     * older than the lease, by the next scheduled run and by the next start; a younger one is left running.
     */
    @Test
    void aRunningAuditOlderThanTheLeaseIsFailedWhicheverHostLeftIt(@TempDir Path home) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            CrosswalkSettings settings = CrosswalkSettings.load(Map.of("crosswalk.home", home.toString(),
                    "crosswalk.audit.lease-minutes", "90"));
            try (var c = crosswalk.dataSource().getConnection(); var s = c.createStatement()) {
                s.executeUpdate("insert into audit_runs (trigger, slot, instance, started_at) values "
                        + "('schedule', '2026-01-01T02:00:00Z', '4242@other-host', now() - interval '91 minutes'),"
                        + "('cli', null, '77@third-host', now() - interval '89 minutes')");
            }
            CompositionRoot.on(settings, crosswalk.dataSource()).audit().runScheduled(Instant.parse("2026-01-02T02:00:00Z"));

            Map<String, Object> expired = crosswalk.rows("select status, message, finished_at from audit_runs "
                    + "where instance = '4242@other-host'").get(0);
            assertEquals("failed", expired.get("status"));
            assertEquals("expired: still running after the lease of 90 minutes (crosswalk.audit.lease-minutes); "
                    + "the process that ran it (4242@other-host) is taken to have stopped", expired.get("message"));
            assertTrue(expired.get("finished_at") != null);
            assertEquals("running", crosswalk.rows("select status from audit_runs where instance = '77@third-host'")
                    .get(0).get("status"), "within its lease a run of another host may still be alive");

            // the next start sweeps too, with nothing scheduled to run
            try (var c = crosswalk.dataSource().getConnection(); var s = c.createStatement()) {
                s.executeUpdate("update audit_runs set started_at = now() - interval '3 hours' "
                        + "where instance = '77@third-host'");
            }
            assertEquals(1, CompositionRoot.on(settings, crosswalk.dataSource()).audit().failAbandonedRuns());
            assertEquals("failed", crosswalk.rows("select status from audit_runs where instance = '77@third-host'")
                    .get(0).get("status"));
        }
    }
}
