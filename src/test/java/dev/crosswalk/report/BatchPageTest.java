package dev.crosswalk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import's page: outcomes at a glance, opt-outs to decide first, working links to the files to decide in. */
class BatchPageTest {

    private static final Pattern EXTERNAL = Pattern.compile("(?i)(https?:|<script|<link|@import|url\\()");

    private static Path segment(Path file, Instant exportedAt, String... emails) throws Exception {
        CsvFixture csv = new CsvFixture(List.of("Name", "First Name", "Last Name", "Email", "Created At",
                "Member Created At"));
        for (String email : emails) {
            csv.row(List.of("", "", "", email, "2024-05-06 18:01:32 -0700", ""));
        }
        csv.write(file);
        Files.setLastModifiedTime(file, FileTime.from(exportedAt));
        return file;
    }

    @Test
    void headlineDecisionsFirstAndRelativeLinks(@TempDir Path home) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            crosswalk.importFile(segment(home.resolve("sub.csv"), Instant.parse("2025-11-01T10:00:00Z"),
                    "pat@example.com", "lee@example.com"), "kajabi-subscribed");
            try (var c = crosswalk.dataSource().getConnection(); var st = c.createStatement()) {
                st.executeUpdate("update contacts set subscription_protected = false where email = 'lee@example.com'");
            }
            crosswalk.lockByPerson(crosswalk.count("select id from contacts where email = 'lee@example.com'"),
                    "FULL_LOCK");
            BatchReport report = crosswalk.importFile(segment(home.resolve("unsub.csv"),
                    Instant.parse("2025-11-10T10:00:00Z"), "pat@example.com", "lee@example.com", "not an email"),
                    "kajabi-unsubscribed");
            String html = Files.readString(Path.of(report.files().get("report_html")));

            assertEquals(1L, report.conflicts().get("PROTECTED_OPT_IN"));
            assertTrue(report.conflicts().size() > 1, report.conflicts().toString());
            assertEquals(1, report.rowCount("rejected"));
            for (String outcome : List.of("read", "new", "updated", "unchanged", "conflict", "rejected", "skipped")) {
                assertTrue(html.contains("<span class=\"value\">" + report.rowCount(outcome) + "</span><span class="
                        + "\"label\">" + outcome + "</span>"), outcome);
            }
            int optOuts = html.indexOf("data-reason=\"PROTECTED_OPT_IN\"><strong>1</strong>");
            assertTrue(optOuts > 0);
            assertTrue(optOuts < html.indexOf("data-reason=\"rejected\"><strong>1</strong>"));
            for (String reason : report.conflicts().keySet()) {
                assertTrue(html.indexOf("data-reason=\"" + reason + "\"") >= optOuts, reason);
            }
            assertTrue(html.indexOf("Needs a decision") < html.indexOf("Details"));
            assertTrue(html.contains("<svg "));
            assertFalse(EXTERNAL.matcher(html).find());

            Matcher links = Pattern.compile("href=\"([^\"]+)\"").matcher(html);
            int count = 0;
            while (links.find()) {
                Path target = Path.of(report.files().get("report_html")).getParent().resolve(links.group(1));
                assertTrue(Files.isRegularFile(target), links.group(1));
                assertFalse(links.group(1).startsWith("/"), links.group(1));
                count++;
            }
            assertTrue(html.contains("href=\"../conflicts/" + report.batch() + "-conflicts.csv\""));
            assertTrue(html.contains("href=\"../rejected/" + report.batch() + "-rejected.csv\""));
            // the files, one per reason needing a decision, the rejected rows, and the listed conflicts' file
            assertEquals(report.files().size() + report.conflicts().size() + 2, count);
        }
    }

    @Test
    void aCleanBatchNeedsNoDecision(@TempDir Path home) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            BatchReport report = crosswalk.importFile(segment(home.resolve("sub.csv"),
                    Instant.parse("2025-11-01T10:00:00Z"), "pat@example.com"), "kajabi-subscribed");
            String html = Files.readString(Path.of(report.files().get("report_html")));
            assertTrue(html.contains("Nothing needs a decision."));
            assertTrue(html.contains("aria-label=\"Rows by outcome\""));
        }
    }
}
