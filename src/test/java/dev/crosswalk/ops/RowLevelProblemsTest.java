package dev.crosswalk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7.4, row level: ragged rows, the header repeated mid-file, a bad email, and CR / LF / CRLF mixed in one
 * file reject or skip only their own rows, each listed with its line and reason; the other rows are imported.
 */
class RowLevelProblemsTest {

    @TempDir
    Path home;

    @Test
    void onlyTheBadRowsAreRejectedAndListedWithoutTheirContent() throws Exception {
        String header = String.join(",", KajabiPeople.HEADER.subList(0, 14));
        String blanks = ",,,2024-05-06 18:01:32 -0700,,3,,";
        String text = header + "\r\n"
                + "Ann Lee,Ann,Lee,ann@example.com,,,1" + blanks + "\n"                    // line 2, LF
                + "Bob Ray,Bob,Ray,bob@example.com,,,2" + blanks + "\r"                    // line 3, CR
                + "Short Row,Short,Row,short@example.com\r\n"                               // line 4: last cells left out
                + header + "\n"                                                            // line 5: header again
                + "Cy Dee,Cy,Dee,not-an-email,,,3" + blanks + "\r\n"                       // line 6: bad email
                + "Long Row,Long,Row,long@example.com,,,4" + blanks + ",x,y,z\n"            // line 7: too many fields
                + "Dee Eve,Dee,Eve,dee@example.com,,,5" + blanks + "\r";                   // line 8
        Path file = Files.writeString(home.resolve("mixed.csv"), text, StandardCharsets.UTF_8);

        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            BatchReport report = crosswalk.importFile(file, "kajabi");

            assertEquals("applied", report.status());
            assertEquals(7, report.rowCount("read"));
            assertEquals(4, report.rowCount("new"));
            assertEquals(2, report.rowCount("rejected"));
            assertEquals(1, report.rowCount("skipped"));
            assertEquals(List.of("ann@example.com", "bob@example.com", "dee@example.com", "short@example.com"),
                    crosswalk.rows("select email from contact_emails order by email").stream()
                            .map(r -> r.get("email")).toList());
            List<String> rejected = Files.readAllLines(Path.of(report.files().get("rejected")));
            assertEquals("\uFEFFline,outcome,reason", rejected.get(0), "a BOM, so spreadsheets read UTF-8");
            // skipped rows are no refusals: they have a file of their own, named for what they are
            assertEquals(List.of("\uFEFFline,outcome,reason", "5,skipped,the header line again"),
                    Files.readAllLines(Path.of(report.files().get("skipped"))));
            assertEquals(home.resolve("outbox/reports/" + report.batch() + "-skipped.csv").toString(),
                    report.files().get("skipped"));
            assertEquals(List.of(
                    "6,rejected,\"\"\"not-an-email\"\" is not an email address (expected e.g. ann.lee@example.com)\"",
                    "7,rejected,\"row has 17 fields, the header has 14\""), rejected.subList(1, rejected.size()));
            String all = String.join("\n", rejected);
            assertFalse(all.contains("Long Row"), "no row content: " + all);
        }
    }
}
