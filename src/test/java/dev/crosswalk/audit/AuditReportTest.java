package dev.crosswalk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The audit run: its JSON holds every view's rows, its page shows the same numbers and works offline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditReportTest {

    private static final Pattern EXTERNAL = Pattern.compile(
            "(?i)(https?:|//[a-z0-9]|<script|<link|<iframe|<object|@import|url\\()");

    TestCrosswalk crosswalk;
    AuditReport report;
    String html;

    @BeforeAll
    void audit(@TempDir Path home) throws Exception {
        crosswalk = TestCrosswalk.start(home);
        AuditFixture.load(crosswalk, home);
        try (var c = crosswalk.dataSource().getConnection(); var st = c.createStatement()) {
            // text from a source must reach the page as text, never as markup
            st.executeUpdate("update subscriptions set offer_title = '<img src=x onerror=alert(1)>' "
                    + "where external_id = 'sub-1'");
        }
        AuditRunner runner = crosswalk.runtime().context().getRegistry().lookupByNameAndType("auditRunner",
                AuditRunner.class);
        report = runner.runNow();
        html = Files.readString(report.html());
    }

    @AfterAll
    void stop() {
        crosswalk.close();
    }

    @Test
    void writesTodaysFilesAndRecordsTheRun() throws Exception {
        Path reports = crosswalk.outbox().resolve("reports");
        assertEquals(reports.resolve("audit-" + LocalDate.now() + ".html"), report.html());
        assertEquals(reports.resolve("audit-" + LocalDate.now() + ".json"), report.json());
        assertEquals(List.of(Map.of("trigger", "cli", "status", "done", "html_path", report.html().toString())),
                crosswalk.rows("select trigger, status, html_path from audit_runs where slot is null"));
    }

    @Test
    void theJsonHoldsEveryViewWithTheViewsRows() throws Exception {
        JsonNode json = ReportWriter.JSON.readTree(report.json().toFile());
        assertEquals(report.run(), json.get("run").asLong());
        assertEquals("cli", json.get("trigger").asText());
        List<String> names = new ArrayList<>();
        json.get("views").fieldNames().forEachRemaining(names::add);
        List<String> catalog = crosswalk.rows("select table_name from information_schema.views "
                + "where table_name like 'audit\\_%' order by table_name").stream()
                .map(r -> (String) r.get("table_name")).toList();
        assertEquals(catalog, names);
        assertEquals(21, names.size());
        for (String view : names) {
            assertEquals(crosswalk.count("select count(*) from " + view), json.get("views").get(view).size(), view);
        }
        JsonNode totals = json.get("views").get("audit_totals").get(0);
        assertEquals(5, totals.get("contacts").asInt());
        assertEquals(8, totals.get("transactions").asInt());
        JsonNode kajabi = json.get("views").get("audit_transactions_by_source").get(0);
        assertEquals("kajabi", kajabi.get("source").asText());
        assertEquals(0, kajabi.get("total").decimalValue().compareTo(new java.math.BigDecimal("440")));
        assertEquals("2025-01-01T10:00:00Z", kajabi.get("first_at").asText());
        assertEquals("pending_opt_outs", json.get("views").get("audit_attention").get(0).get("item").asText());
    }

    @Test
    void thePageShowsTheViewsNumbersFirstWhatNeedsAttention() throws Exception {
        Map<String, Object> totals = crosswalk.rows("select * from audit_totals").get(0);
        for (String column : List.of("contacts", "opt_ins", "subscriptions", "transactions", "open_conflicts")) {
            String label = column.replace("opt_ins", "email opt-ins").replace('_', ' ');
            assertTrue(html.contains("<span class=\"value\">" + totals.get(column) + "</span><span class=\"label\">"
                    + label + "</span>"), column);
        }
        for (Map<String, Object> item : crosswalk.rows("select item, count from audit_attention where count > 0")) {
            assertTrue(html.contains("data-item=\"" + item.get("item") + "\"><strong>" + item.get("count")
                    + "</strong>"), item.toString());
        }
        assertTrue(html.indexOf("data-item=\"pending_opt_outs\"")
                < html.indexOf("data-item=\"orphaned_transactions\""));
        assertTrue(html.indexOf("What needs attention first") < html.indexOf("id=\"audit_subscriptions_by_status\""));
        for (AuditSections.Section s : AuditSections.ALL) {
            assertTrue(html.contains("<section id=\"" + s.view() + "\">"), s.view());
        }
        // the orphaned transactions' examples and the duplicate's phone, as the views hold them
        assertTrue(html.contains("<td>tx-8</td>"));
        assertTrue(html.contains("<td>15550100</td>"));
        assertTrue(html.contains("<td class=\"n\">440.00</td>"));
    }

    @Test
    void thePageIsSelfContainedEscapedAndDrawsItsCharts() {
        assertFalse(EXTERNAL.matcher(html).find(), () -> "external reference: " + EXTERNAL.matcher(html).results()
                .map(m -> m.group()).toList());
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertEquals(4, Pattern.compile("<svg ").matcher(html).results().count());
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("aria-label=\"Revenue received vs subscription value, per month\""));
    }
}
