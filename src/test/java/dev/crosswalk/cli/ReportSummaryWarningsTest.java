package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 22.4: `crosswalk report` says how many values of optional columns were left out of applied rows. */
class ReportSummaryWarningsTest {

    private static BatchReport report(Map<String, Object> warnings) {
        return new BatchReport(7, "import", "kajabi", "kajabi-subscriptions", "1", "applied", false, "subs.csv",
                "abc", Instant.EPOCH, Instant.EPOCH, 0, null, null, Map.of("read", 1L, "new", 1L), Map.of(),
                Map.of(), Map.of(), Map.of(), Map.of(), null, null, null, warnings);
    }

    @Test
    void theSummaryCountsWarningsByReason() {
        String summary = ReportCommand.summary(report(Map.of("count", 2L, "by_reason",
                Map.of("Canceled On: \"…\" is not a date", 2L))));

        assertTrue(summary.contains("Warnings (values of optional columns left out, rows applied): 2"
                + " {Canceled On: \"…\" is not a date=2}"), summary);
    }

    @Test
    void aReportWithoutWarningsSaysNothingOfThem() {
        assertFalse(ReportCommand.summary(report(null)).contains("Warnings"));
        assertFalse(ReportCommand.summary(report(Map.of("count", 0L, "by_reason", Map.of()))).contains("Warnings"));
    }
}
