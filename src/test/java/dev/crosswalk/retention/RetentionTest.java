package dev.crosswalk.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.audit.AuditReport;
import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.rollback.RollbackService;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retention: the audit shows what is beyond the settings, {@code retention --preview} lists it, and
 * {@code retention} removes exactly that (files deleted, records deleted or anonymised, old audit values cleared)
 * as one batch that cannot be rolled back. Nothing is due while no setting is on.
 */
class RetentionTest {

    private static final Instant THREE_YEARS_AGO = Instant.now().minus(3 * 366, ChronoUnit.DAYS);

    @TempDir
    Path home;
    TestCrosswalk crosswalk;
    long oldBatch;

    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home);
        oldBatch = crosswalk.importFile(new KajabiPeople().person(KajabiPeople.person("1", "Ann", "Lee",
                "ann@example.com")).write(home.resolve("people.csv")), "kajabi").batch();
        sql("update import_batches set finished_at = now() - interval '3 years' where id = " + oldBatch);
        sql("insert into subscriptions (id, contact_id, source, external_id, status, canceled_at, amount) values "
                + "(1, 1, 'kajabi', 's-old', 'Canceled', current_date - 1100, 10), "
                + "(2, 1, 'kajabi', 's-recent', 'Canceled', current_date - 10, 10), "
                + "(3, 1, 'kajabi', 's-active', 'Active', current_date - 1100, 10)");
        sql("insert into transactions (id, contact_id, source, external_id, type, status, amount, occurred_at, "
                + "subscription_id) values (1, 1, 'kajabi', 't-failed', 'payment', 'failed', 10, "
                + "now() - interval '3 years', 1), (2, 1, 'kajabi', 't-paid', 'payment', 'succeeded', 10, "
                + "now() - interval '3 years', 1)");
        // a batch that only inserted a payment: it names the batch (created_batch_id), no audit row holds its id
        sql("insert into import_batches (id, kind, source, status, started_at, finished_at) values (900, 'import', "
                + "'paypal', 'applied', now() - interval '3 years', now() - interval '3 years')");
        sql("insert into transactions (id, contact_id, source, external_id, type, status, amount, created_batch_id) "
                + "values (3, 1, 'paypal', 't-paypal', 'payment', 'completed', 10, 900)");
        file("archive/2022-01-03/kajabi/7-people.csv", Instant.now());
        file("archive/" + LocalDate.now() + "/kajabi/8-people.csv", Instant.now());
        file("reports/7-report.json", THREE_YEARS_AGO);
        file("reports/7-changes.csv", THREE_YEARS_AGO);
        file("rejected/7-rejected.csv", THREE_YEARS_AGO);
        file("rejected/8-rejected.csv", Instant.now());
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    private void sql(String statement) throws Exception {
        try (var c = crosswalk.dataSource().getConnection(); var st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private void file(String path, Instant modified) throws Exception {
        Path p = home.resolve("outbox").resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "line,outcome\r\n");
        Files.setLastModifiedTime(p, FileTime.from(modified));
    }

    private CrosswalkSettings settings(boolean on) {
        Map<String, String> values = new HashMap<>(Map.of("crosswalk.home", home.toString()));
        if (on) {
            values.put("crosswalk.retention.archive", "2y");
            values.put("crosswalk.retention.reports", "1y");
            values.put("crosswalk.retention.changes", "18m");
            values.put("crosswalk.retention.rejected", "52w");
            values.put("crosswalk.retention.subscriptions-ended", "2y");
            values.put("crosswalk.retention.subscriptions-ended.action", "delete");
            values.put("crosswalk.retention.transactions-failed", "730d");
            values.put("crosswalk.retention.audit-values", "2y");
        }
        return CrosswalkSettings.load(values);
    }

    private static List<String> items(BatchReport report) throws Exception {
        return Files.readAllLines(Path.of(report.files().get("retention"))).stream().skip(1).toList();
    }

    @Test
    void offByDefaultNothingIsDue() throws Exception {
        BatchReport report = CompositionRoot.on(settings(false), crosswalk.dataSource()).retention().run(false);
        assertEquals(0L, report.rowCount("read"));
        assertTrue(report.message().contains("No retention setting is on"), report.message());
        assertTrue(Files.exists(home.resolve("outbox/archive/2022-01-03/kajabi/7-people.csv")));
        assertEquals(List.of(), CompositionRoot.on(settings(false), crosswalk.dataSource()).audit().runNow()
                .retentionDue());
    }

    @Test
    void theAuditShowsWhatIsDueThePreviewListsItAndRetentionRemovesExactlyThat() throws Exception {
        CrosswalkSettings settings = settings(true);
        AuditReport audit = CompositionRoot.on(settings, crosswalk.dataSource()).audit().runNow();
        assertEquals(Map.of("setting", "crosswalk.retention.archive", "count", 1L, "description",
                "archived exports older than 2y", "action", "run `retention` (`retention --preview` lists them)"),
                audit.retentionDue().get(0));
        assertTrue(Files.readString(audit.html()).contains("archived exports older than 2y"));
        assertEquals(1, dev.crosswalk.report.ReportWriter.JSON.readTree(audit.json().toFile()).get("retention_due")
                .get(0).get("count").asInt());

        RetentionService retention = CompositionRoot.on(settings, crosswalk.dataSource()).retention();
        BatchReport preview = retention.run(true);
        assertEquals(List.of(
                "crosswalk.retention.archive,2y,delete file,archive/2022-01-03/kajabi/7-people.csv",
                "crosswalk.retention.reports,1y,delete file,reports/7-report.json",
                "crosswalk.retention.changes,18m,delete file,reports/7-changes.csv",
                "crosswalk.retention.rejected,52w,delete file,rejected/7-rejected.csv",
                "crosswalk.retention.subscriptions-ended,2y,delete,subscription 1",
                "crosswalk.retention.transactions-failed,730d,anonymise,transaction 1",
                "crosswalk.retention.audit-values,2y,clear values,batch " + oldBatch,
                "crosswalk.retention.audit-values,2y,clear values,batch 900"), items(preview));
        assertTrue(Files.exists(home.resolve("outbox/archive/2022-01-03/kajabi/7-people.csv")), "a preview");
        assertEquals(3, crosswalk.count("select count(*) from subscriptions"));

        BatchReport applied = retention.run(false);
        assertEquals("applied", applied.status());
        assertEquals(items(preview), items(applied));
        assertFalse(Files.exists(home.resolve("outbox/archive/2022-01-03/kajabi/7-people.csv")));
        assertFalse(Files.exists(home.resolve("outbox/reports/7-report.json")));
        assertFalse(Files.exists(home.resolve("outbox/reports/7-changes.csv")));
        assertFalse(Files.exists(home.resolve("outbox/rejected/7-rejected.csv")));
        assertTrue(Files.exists(home.resolve("outbox/archive/" + LocalDate.now() + "/kajabi/8-people.csv")));
        assertTrue(Files.exists(home.resolve("outbox/rejected/8-rejected.csv")));
        assertEquals(List.of(2L, 3L), crosswalk.rows("select id from subscriptions order by id").stream()
                .map(r -> r.get("id")).toList());
        assertNull(crosswalk.rows("select contact_id from transactions where id = 1").get(0).get("contact_id"));
        Map<String, Object> paid = crosswalk.rows("select contact_id, subscription_id from transactions where id = 2")
                .get(0);
        assertEquals(1L, paid.get("contact_id"), "a completed payment keeps its payer");
        assertNull(paid.get("subscription_id"), "the deleted subscription is no longer named");
        assertEquals(0, crosswalk.count("select count(*) from import_audit_log where batch_id = " + oldBatch
                + " and (old_value is not null or new_value is not null)"));
        assertTrue(crosswalk.count("select count(*) from import_audit_log where batch_id = " + oldBatch)
                + crosswalk.count("select count(*) from contacts where created_batch_id = " + oldBatch) > 0,
                "what changed, where and when stays");

        assertEquals(0L, retention.run(true).rowCount("read"), "nothing is due any more");
        assertEquals(List.of(), CompositionRoot.on(settings, crosswalk.dataSource()).audit().runNow().retentionDue());
        RollbackService rollback = CompositionRoot.on(settings, crosswalk.dataSource()).rollbacks();
        assertEquals("refused", rollback.rollback(applied.batch(), false, "tester").status());
        BatchReport old = rollback.rollback(oldBatch, true, "tester");
        assertEquals("refused", old.status());
        assertTrue(old.message().contains("crosswalk.retention.audit-values"), old.message());
    }

    @Test
    void theNightlyAuditAppliesRetentionOnlyWhenScheduled() throws Exception {
        Path old = home.resolve("outbox/archive/2022-01-03/kajabi/7-people.csv");
        CompositionRoot.on(settings(true), crosswalk.dataSource()).audit().runScheduled(Instant.parse("2026-01-01T02:00:00Z"));
        assertTrue(Files.exists(old), "counted, not deleted");

        Map<String, String> scheduled = new HashMap<>(Map.of("crosswalk.home", home.toString(),
                "crosswalk.retention.archive", "2y", "crosswalk.retention.scheduled", "true"));
        AuditReport audit = CompositionRoot.on(CrosswalkSettings.load(scheduled), crosswalk.dataSource()).audit()
                .runScheduled(Instant.parse("2026-01-02T02:00:00Z")).orElseThrow();
        assertFalse(Files.exists(old));
        assertEquals(List.of(), audit.retentionDue());
        assertEquals(1, crosswalk.count("select count(*) from import_batches where kind = 'retention' "
                + "and status = 'applied'"));
    }

    @Test
    void aSettingThatIsNotADurationIsRefusedNamingIt() {
        Map<String, String> values = Map.of("crosswalk.home", home.toString(), "crosswalk.retention.archive",
                "two years");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompositionRoot.of(CrosswalkSettings.load(values)).retentionRules());
        assertEquals("crosswalk.retention.archive is 'two years'; expected a number and d, w, m or y (e.g. 2y, 18m, "
                + "90d), or off", e.getMessage());
    }
}
