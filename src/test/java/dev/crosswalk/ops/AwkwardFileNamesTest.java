package dev.crosswalk.ops;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7.4: real files with spaces, quotes, "..", non-ASCII letters and simple-language characters in their names
 * dropped into a watched inbox end where they should, with valid reports that name them.
 */
class AwkwardFileNamesTest {

    private static final List<String> GOOD = List.of("my export (1).csv", "it's \"quoted\".csv", "report..v2.csv",
            "Kontakte Ümläut 日本.csv", "price $5 ${date}.csv");
    private static final List<String> BAD = List.of("bad 'one' \"x\" ü...csv");

    @TempDir
    Path home;

    @Test
    void awkwardNamesAreArchivedOrRejectedWithValidReports() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true, Map.of())) {
            Path inbox = Files.createDirectories(home.resolve("inbox/kajabi"));
            Path staging = Files.createDirectories(home.resolve("staging"));
            int id = 0;
            for (String name : GOOD) {
                id++;
                new KajabiPeople().person(person(Integer.toString(id), "P" + id, "Q", "p" + id + "@example.com"))
                        .write(staging.resolve(name));
                Files.move(staging.resolve(name), inbox.resolve(name));
            }
            for (String name : BAD) {
                Files.move(Files.writeString(staging.resolve(name), "Foo,Bar\n1,2\n"), inbox.resolve(name));
            }
            Path archive = home.resolve("outbox/archive").resolve(LocalDate.now().toString()).resolve("kajabi");
            Path rejected = home.resolve("outbox/rejected");
            Inbox.await(() -> Inbox.names(inbox).isEmpty() && Inbox.names(archive).size() == GOOD.size()
                    && Inbox.names(rejected).stream().filter(n -> n.endsWith(".csv") && !n.endsWith("-rejected.csv"))
                            .count() == BAD.size(), 60,
                    () -> "inbox " + Inbox.names(inbox) + ", archive " + Inbox.names(archive) + ", rejected "
                            + Inbox.names(rejected));

            Map<String, BatchReport> reports = Inbox.reportsByFile(home.resolve("outbox/reports"));
            for (String name : GOOD) {
                BatchReport report = reports.get(name);
                assertEquals("applied", report.status(), name);
                assertEquals(archive.resolve(report.batch() + "-" + name).toString(), report.files().get("archive"));
                assertTrue(Files.exists(archive.resolve(report.batch() + "-" + name)), name);
                assertTrue(Files.readString(Path.of(report.files().get("report_html"))).contains(
                        name.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;")), name);
            }
            for (String name : BAD) {
                BatchReport report = reports.get(name);
                assertEquals("rejected", report.status(), name);
                assertTrue(Files.exists(rejected.resolve(report.batch() + "-" + name)), name);
            }
            assertEquals(GOOD.size(), crosswalk.count("select count(*) from contacts"));
        }
    }
}
