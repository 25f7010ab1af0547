package dev.crosswalk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.sample.DemoSet;
import dev.crosswalk.sample.SampleCatalog;
import dev.crosswalk.source.Sources;
import dev.crosswalk.support.ImportTestBase;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.Rows;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 7: an export with a header and no rows (a month without payments, a list nobody joined yet) is an
 * empty batch — applied, no rows, the report saying the export had none — for every layout of every source; and a
 * full export of no rows marks nothing missing and says so.
 */
class EmptyExportTest extends ImportTestBase {

    private static final Map<String, Long> NO_ROWS = Map.of("read", 0L, "new", 0L, "updated", 0L, "unchanged", 0L,
            "conflict", 0L, "rejected", 0L, "skipped", 0L);

    /** The file's first line, line break included, in the file's own bytes (encoding and byte-order mark kept). */
    private static Path headerOnly(Path export, Path to) throws Exception {
        byte[] bytes = Files.readAllBytes(export);
        int end = 0;
        while (bytes[end] != '\n') {
            end++;
        }
        return Files.write(to, Arrays.copyOf(bytes, end + 1));
    }

    private void assertEmptyBatch(BatchReport report, String message) throws Exception {
        assertEquals("applied", report.status(), report.file() + ": " + report.message());
        assertEquals(NO_ROWS, report.rows(), report.file());
        assertEquals(message, report.message(), report.file());
        assertEquals(message, ReportWriter.read(Path.of(report.files().get("report_json"))).message());
        assertTrue(Files.readString(Path.of(report.files().get("report_html"))).contains(message), report.file());
        assertEquals("applied", crosswalk.rows("select status from import_batches where id = " + report.batch())
                .get(0).get("status"));
    }

    @Test
    void aHeaderOnlyExportOfEveryLayoutIsAnEmptyAppliedBatch() throws Exception {
        List<DemoSet.Entry> exports = new DemoSet(new Sources(CrosswalkSettings.load().sourceOptions()), Instant.parse("2026-11-30T00:00:00Z"))
                .write(home.resolve("demo"));
        Path empty = Files.createDirectories(home.resolve("empty"));
        // one file per inbox and layout: last month's subscriptions export has this month's header (the same
        // empty bytes in the same inbox)
        Set<List<String>> layouts = new HashSet<>();
        int imported = 0;
        for (DemoSet.Entry export : exports) {
            if (export.inbox() == null || !layouts.add(List.of(export.inbox(),
                    String.join(",", SampleCatalog.get(export.sample()).header())))) {
                continue;
            }
            Path file = headerOnly(export.file(), empty.resolve("no-rows-" + export.sample() + ".csv"));

            BatchReport report = crosswalk.importFile(file, export.inbox());

            assertEmptyBatch(report, "kajabi-subscriptions".equals(report.format())
                    ? "The export had no rows: nothing was imported and nothing was marked missing."
                    : "The export had no rows: nothing was imported.");
            imported++;
        }
        assertTrue(exports.stream().anyMatch(e -> "paypal".equals(e.inbox())), "a PayPal download is among them");
        // every file written but one: the two subscriptions exports share a layout
        assertEquals(exports.stream().filter(e -> e.inbox() != null).count() - 1, imported);
        assertEquals(0, crosswalk.count("select count(*) from contacts"));
    }

    @Test
    void aHeaderOnlyPayPalDownloadIsAMonthWithoutTransactions() throws Exception {
        Path file = Files.writeString(home.resolve("paypal-2026-02.csv"),
                String.join(",", MoneyExports.PAYPAL_DEFAULT) + "\r\n");

        BatchReport report = crosswalk.importFile(file, "paypal");

        assertEmptyBatch(report, "The export had no rows: nothing was imported.");
        assertEquals(0, crosswalk.count("select count(*) from transactions"));
    }

    @Test
    void aKajabiHeaderWithOrWithoutByteOrderMarkOrTrailingBlankLinesHasNoRows() throws Exception {
        for (String name : List.of("kajabi-header-only.csv", "kajabi-header-only-bom.csv")) {
            assertEmptyBatch(crosswalk.importFile(resource(name), "kajabi"),
                    "The export had no rows: nothing was imported.");
        }
        BatchReport blankLines = crosswalk.importFile(resource("kajabi-header-then-blank-lines.csv"), "kajabi");

        assertEquals("applied", blankLines.status());
        assertEquals("The export had no rows: nothing was imported.", blankLines.message());
        assertEquals(0, blankLines.rowCount("new") + blankLines.rowCount("rejected"));
        assertEquals(blankLines.rowCount("read"), blankLines.rowCount("skipped"), "blank lines are skipped rows");
        assertEquals(Map.of("empty row", blankLines.rowCount("skipped")), blankLines.skippedReasons());
    }

    @Test
    void anEmptySubscriptionsSnapshotMarksNothingMissingAndSaysSo() throws Exception {
        Rows two = new Rows(MoneyExports.KAJABI_SUBSCRIPTIONS)
                .row("Kajabi Subscription ID", "35285761", "Customer Email", "bob@example.org", "Amount", "$242.00",
                        "Currency", "USD", "Interval", "Month", "Status", "Active", "Created At", "Sep 8, 2022")
                .row("Kajabi Subscription ID", "35285762", "Customer Email", "cy@example.org", "Amount", "$49.00",
                        "Currency", "USD", "Interval", "Month", "Status", "Active", "Created At", "Mar 1, 2025");
        assertEquals(2, crosswalk.importFile(two.write(home.resolve("subscriptions.csv")), "kajabi").rowCount("new"));

        BatchReport empty = crosswalk.importFile(new Rows(MoneyExports.KAJABI_SUBSCRIPTIONS)
                .write(home.resolve("subscriptions-none.csv")), "kajabi");

        assertEmptyBatch(empty, "The export had no rows: nothing was imported and nothing was marked missing.");
        assertEquals(0, crosswalk.count("select count(*) from subscriptions where missing_since is not null"));
        Map<String, Object> reconciliation = empty.reconciliation();
        assertEquals(0L, ((Number) reconciliation.get("newly_missing")).longValue());
        assertEquals(0L, ((Number) reconciliation.get("in_file")).longValue());
        assertEquals(2L, ((Number) reconciliation.get("in_database")).longValue());
        assertEquals("The file listed no subscription: nothing was marked missing.", reconciliation.get("summary"));
        assertTrue(Files.readString(Path.of(empty.files().get("report_html")))
                .contains("The file listed no subscription: nothing was marked missing."));
    }

    private Path resource(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/empty-exports/" + name)) {
            Path file = home.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}
