package dev.crosswalk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.Rows;
import dev.crosswalk.support.ImportTestBase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Date;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KajabiSubscriptionsImportTest extends ImportTestBase {

    private static Rows ann(Rows rows, String status, String canceledOn) {
        return rows.row("Kajabi Subscription ID", "2194986380", "Customer Email", "Ann.Lee@example.com",
                "Customer Name", "Ann Lee", "Customer ID", "88001234", "Offer ID", "2147539633",
                "Offer Title", "Inner Circle (Annual)", "Amount", "$1,089.00", "Currency", "USD", "Interval", "Year",
                "Status", status, "Created At", "Nov 28, 2025", "Next Payment Date", "Nov 28, 2026",
                "Canceled On", canceledOn, "Provider", "PayPal", "Provider ID", "I-8RXL1Y23JYX");
    }

    private static Rows bob(Rows rows) {
        return rows.row("Kajabi Subscription ID", "35285761", "Customer Email", "bob@example.org",
                "Customer Name", "Bob Ray", "Customer ID", "88001235", "Offer Title", "Monthly Circle",
                "Amount", "$242.00", "Currency", "USD", "Interval", "Month", "Status", "Canceled",
                "Created At", "Sep 8, 2022", "Canceled On", "Jan 3, 2024", "Provider", "PayPal",
                "Provider ID", "I-BOB0000000A");
    }

    private static Rows cy(Rows rows) {
        return rows.row("Kajabi Subscription ID", "35285762", "Customer Email", "cy@example.org",
                "Customer Name", "Cy Moss", "Amount", "$49.00", "Currency", "USD", "Interval", "Month",
                "Status", "Active", "Created At", "Mar 1, 2025", "Provider", "PayPal", "Provider ID", "I-CY00000000B");
    }

    private static Rows all() {
        return cy(bob(ann(new Rows(MoneyExports.KAJABI_SUBSCRIPTIONS), "Active", "")));
    }

    @Test
    void upsertsSubscriptionsWithTheirCustomersAmountsDatesAndPayPalProfile() throws Exception {
        BatchReport report = crosswalk.importFile(all().write(home.resolve("subscriptions.csv")), "kajabi");

        assertEquals("applied", report.status());
        assertEquals("kajabi-subscriptions", report.format());
        assertEquals(3, report.rowCount("new"));
        Map<String, Object> ann = crosswalk.rows("select * from subscriptions where external_id = '2194986380'").get(0);
        assertEquals("kajabi", ann.get("source"));
        assertEquals(new BigDecimal("1089.00"), ann.get("amount"));
        assertEquals("USD", ann.get("currency"));
        assertEquals("Year", ann.get("interval"));
        assertEquals("active", ann.get("status"));
        assertEquals("Inner Circle (Annual)", ann.get("offer_title"));
        assertEquals("I-8RXL1Y23JYX", ann.get("provider_reference"));
        assertEquals(Date.valueOf("2025-11-28"), ann.get("started_at"));
        assertEquals(Date.valueOf("2026-11-28"), ann.get("next_payment_at"));
        assertNull(ann.get("canceled_at"));
        assertNull(ann.get("missing_since"));
        Map<String, Object> contact = crosswalk.rows("select c.* from contacts c join subscriptions s "
                + "on s.contact_id = c.id where s.external_id = '2194986380'").get(0);
        assertEquals("Ann.Lee@example.com", contact.get("email"));
        assertEquals("Ann", contact.get("first_name"));
        assertEquals("kajabi", contact.get("source_system"));
        assertEquals(1, crosswalk.count("select count(*) from contact_identities where source = 'kajabi-member' "
                + "and external_id = '88001234' and contact_id = " + contact.get("id")));
        assertEquals(3, crosswalk.count("select count(*) from import_audit_log where table_name = 'subscriptions' "
                + "and action = 'insert'"));
        assertEquals(0L, report.reconciliation().get("missing"));
    }

    @Test
    void theSameRowsInAnotherFileWithShuffledColumnsChangeNothing() throws Exception {
        crosswalk.importFile(all().write(home.resolve("first.csv")), "kajabi");
        Map<String, List<Map<String, Object>>> before = crosswalk.snapshotBesidesEvidenceTimes();

        BatchReport again = crosswalk.importFile(all().shuffled().write(home.resolve("second.csv")), "kajabi");

        assertEquals("applied", again.status());
        assertEquals(3, again.rowCount("unchanged"));
        Map<String, List<Map<String, Object>>> after = crosswalk.snapshotBesidesEvidenceTimes();
        assertEquals(before, after);
    }

    @Test
    void aChangedSubscriptionIsUpdatedAndEachChangedFieldAudited() throws Exception {
        crosswalk.importFile(all().write(home.resolve("first.csv")), "kajabi");
        Rows changed = cy(bob(ann(new Rows(MoneyExports.KAJABI_SUBSCRIPTIONS), "Pending Cancellation",
                "Dec 1, 2025")));

        BatchReport report = crosswalk.importFile(changed.write(home.resolve("second.csv")), "kajabi");

        assertEquals(1, report.rowCount("updated"));
        assertEquals(2, report.rowCount("unchanged"));
        assertEquals(List.of(Map.of("field", "canceled_at", "old", "", "new", "2025-12-01"),
                Map.of("field", "status", "old", "active", "new", "pending cancellation")),
                crosswalk.rows("select field, coalesce(old_value, '') as old, new_value as new from import_audit_log "
                        + "where batch_id = " + report.batch() + " and table_name = 'subscriptions' order by field"));
    }

    @Test
    void subscriptionsMissingFromALaterExportAreMarkedNeverDeletedAndTheActiveOnesNamed() throws Exception {
        crosswalk.importFile(all().write(home.resolve("first.csv")), "kajabi");
        Rows onlyAnn = ann(new Rows(MoneyExports.KAJABI_SUBSCRIPTIONS), "Active", "");

        BatchReport report = crosswalk.importFile(onlyAnn.write(home.resolve("second.csv")), "kajabi");

        Map<String, Object> r = report.reconciliation();
        assertEquals(3L, ((Number) r.get("in_database")).longValue());
        assertEquals(1L, ((Number) r.get("in_file")).longValue());
        assertEquals(2L, ((Number) r.get("missing")).longValue());
        assertEquals(2L, ((Number) r.get("newly_missing")).longValue());
        assertEquals(Map.of("active", 1L, "canceled", 1L), r.get("missing_by_status"));
        List<?> active = (List<?>) r.get("missing_still_active");
        assertEquals(1, active.size());
        assertEquals("35285762", ((Map<?, ?>) active.get(0)).get("external_id"));
        assertEquals("cy@example.org", ((Map<?, ?>) active.get(0)).get("email"));
        assertEquals("2 in the database but not in the file: 1 active, 1 canceled ⇒ review the 1 still active.",
                r.get("summary"));
        assertEquals(3, crosswalk.count("select count(*) from subscriptions"));
        assertEquals(List.of(Map.of("external_id", "35285761", "status", "canceled"),
                Map.of("external_id", "35285762", "status", "active")),
                crosswalk.rows("select external_id, status from subscriptions where missing_since is not null "
                        + "order by external_id"));
        assertEquals(2, crosswalk.count("select count(*) from import_audit_log where batch_id = " + report.batch()
                + " and field = 'missing_since'"));
        String page = Files.readString(Path.of(report.files().get("report_html")));
        assertTrue(page.contains("Missing but still active: review these"), page);
        assertTrue(page.contains("<td>cy@example.org</td>"), page);
        assertEquals(r, ReportWriter.read(Path.of(report.files().get("report_json"))).reconciliation());

        BatchReport back = crosswalk.importFile(all().shuffled().write(home.resolve("third.csv")), "kajabi");

        assertEquals(2, back.rowCount("updated"));
        assertEquals(0, crosswalk.count("select count(*) from subscriptions where missing_since is not null"));
        assertNotNull(back.reconciliation());
    }

    @Test
    void anExportOlderThanTheLatestAppliedIsRefusedAndMarksNothingMissing() throws Exception {
        Path november = all().write(home.resolve("november.csv"));
        Files.setLastModifiedTime(november, FileTime.from(Instant.parse("2026-11-01T08:00:00Z")));
        BatchReport applied = crosswalk.importFile(november, "kajabi");
        Map<String, List<Map<String, Object>>> before = crosswalk.dataSnapshot();
        // last month's export, which lacked Bob and Cy and still had Ann active, dropped after this month's
        Path october = ann(new Rows(MoneyExports.KAJABI_SUBSCRIPTIONS), "Active", "")
                .write(home.resolve("october.csv"));
        Files.setLastModifiedTime(october, FileTime.from(Instant.parse("2026-10-01T08:00:00Z")));

        BatchReport stale = crosswalk.importFile(october, "kajabi");

        assertEquals("rejected", stale.status());
        assertTrue(stale.message().contains("exported 2026-10-01T08:00:00Z, before the subscriptions export "
                + "applied in batch " + applied.batch() + " (exported 2026-11-01T08:00:00Z)"), stale.message());
        assertEquals(0, crosswalk.count("select count(*) from subscriptions where missing_since is not null"));
        assertEquals(before, crosswalk.dataSnapshot());

        Path december = all().shuffled().write(home.resolve("december.csv"));
        Files.setLastModifiedTime(december, FileTime.from(Instant.parse("2026-12-01T08:00:00Z")));
        assertEquals("applied", crosswalk.importFile(december, "kajabi").status());
    }

    @Test
    void aPreviewMarksNothing() throws Exception {
        crosswalk.importFile(all().write(home.resolve("first.csv")), "kajabi");
        Rows onlyAnn = ann(new Rows(MoneyExports.KAJABI_SUBSCRIPTIONS), "Active", "");

        BatchReport preview = crosswalk.preview(onlyAnn.write(home.resolve("second.csv")), "kajabi");

        assertEquals(2L, ((Number) preview.reconciliation().get("newly_missing")).longValue());
        assertEquals(0, crosswalk.count("select count(*) from subscriptions where missing_since is not null"));
    }

    @Test
    void reconciliationCountsEveryChunkOfTheFile() throws Exception {
        Rows all = new Rows(MoneyExports.KAJABI_SUBSCRIPTIONS);
        Rows half = new Rows(MoneyExports.KAJABI_SUBSCRIPTIONS);
        for (int i = 0; i < 120; i++) {
            String[] row = {"Kajabi Subscription ID", Integer.toString(900 + i), "Customer Email",
                "member" + i + "@example.org", "Status", i % 2 == 0 ? "Active" : "Canceled", "Amount", "$10.00"};
            all.row(row);
            if (i < 60) {
                half.row(row);
            }
        }
        crosswalk.importFile(all.write(home.resolve("all.csv")), "kajabi");

        BatchReport report = crosswalk.importFile(half.write(home.resolve("half.csv")), "kajabi");

        assertEquals(60, report.rowCount("unchanged"));
        assertEquals(60L, ((Number) report.reconciliation().get("missing")).longValue());
        assertEquals(Map.of("active", 30L, "canceled", 30L), report.reconciliation().get("missing_by_status"));
        assertEquals(30, ((List<?>) report.reconciliation().get("missing_still_active")).size());
        assertEquals(60, crosswalk.count("select count(*) from subscriptions where missing_since is not null "
                + "and external_id::int >= 960"));
    }
}
