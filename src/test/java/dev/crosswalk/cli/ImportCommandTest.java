package dev.crosswalk.cli;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.Rows;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line is public interface: exit codes, --json on stdout, report keys. */
class ImportCommandTest extends CommandLineTestBase {

    @Test
    void importPrintsTheReportJsonAndExitsZero() throws Exception {
        Path file = new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com")).write(home.resolve("p.csv"));

        assertEquals(0, run("import", file.toString(), "--source", "kajabi", "--json"));

        JsonNode json = ReportWriter.JSON.readTree(out());
        for (String key : new String[] {"batch", "kind", "source", "format", "status", "file", "sha256", "rows",
            "files"}) {
            assertTrue(json.has(key), key);
        }
        assertEquals("import", json.get("kind").asText());
        assertEquals(1, json.get("rows").get("new").asInt());
        for (String key : new String[] {"read", "new", "updated", "unchanged", "conflict", "rejected", "skipped"}) {
            assertTrue(json.get("rows").has(key), key);
        }
        assertTrue(Files.exists(Path.of(json.get("files").get("report_html").asText())));
        assertTrue(Files.exists(file), "the CLI leaves the file where it is");

        long batch = json.get("batch").asLong();
        assertEquals(0, run("report", Long.toString(batch), "--json"));
        assertEquals(batch, ReportWriter.JSON.readTree(out()).get("batch").asLong());
        assertEquals(0, run("batches"));
        assertTrue(out().contains("p.csv"));
    }

    @Test
    void theContactOnlySourcesAreAcceptedByName() throws Exception {
        Path zoho = Files.writeString(home.resolve("zoho.csv"),
                "Record Id,First Name,Last Name,Email\nzcrm_3811008000002766271,Ann,Lee,ann@example.com\n");
        Path mailchimp = Files.writeString(home.resolve("mailchimp.csv"),
                "\"Email Address\",\"First Name\",MEMBER_RATING,CONFIRM_TIME\n"
                        + "bob@example.org,Bob,2,\"2024-01-01 10:00:00\"\n");
        Path manual = Files.writeString(home.resolve("manual.csv"), "Email,Name\ncy@example.com,Cy Fox\n");

        for (String[] file : new String[][] {{zoho.toString(), "zoho", "zoho-contacts"},
            {mailchimp.toString(), "mailchimp", "mailchimp-subscribed"},
            {manual.toString(), "manual", "manual-list"}}) {
            assertEquals(0, run("import", file[0], "--source", file[1], "--json"), file[1]);
            JsonNode json = ReportWriter.JSON.readTree(out());
            assertEquals(file[1], json.get("source").asText());
            assertEquals(file[2], json.get("format").asText());
            assertEquals(1, json.get("rows").get("new").asInt(), file[1]);
        }
    }

    @Test
    void aRefusedFileExitsTwoAndAPreviewIsMarked() throws Exception {
        Path bad = Files.writeString(home.resolve("bad.csv"), "Foo,Bar\n1,2\n");
        assertEquals(2, run("import", bad.toString(), "--source", "kajabi", "--json"));
        assertEquals("rejected", ReportWriter.JSON.readTree(out())
                .get("status").asText());

        assertEquals(2, run("import", bad.toString(), "--source", "nosuch"));

        Path file = new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com")).write(home.resolve("p.csv"));
        assertEquals(0, run("import", file.toString(), "--source", "kajabi", "--preview", "--json"));
        JsonNode json = ReportWriter.JSON.readTree(out());
        assertEquals("preview", json.get("kind").asText());
        assertEquals("previewed", json.get("status").asText());
    }

    @Test
    void theMoneySourcesAreAcceptedAndReportTheirTotals() throws Exception {
        Path paypal = new Rows(MoneyExports.PAYPAL_CUSTOM).row("Date", "1/1/2018", "Time", "02:15:42",
                "TimeZone", "PST", "Type", "Website Payment", "Status", "Completed", "Currency", "USD",
                "Gross", "1,560.00", "From Email Address", "ann@example.com", "To Email Address", "shop@example.com",
                "Transaction ID", "0XG02A4F70310002N").write(home.resolve("paypal.csv"));
        assertEquals(0, run("import", paypal.toString(), "--source", "paypal", "--json"));
        String out = out();
        assertTrue(out.contains("\"amount\" : 1560.00"), out);
        JsonNode json = ReportWriter.JSON.readTree(out);
        assertTrue(json.has("skipped_reasons"));
        assertTrue(json.has("reconciliation"));

        Path statement = Files.writeString(home.resolve("statement.csv"),
                "Date,Time,Time Zone,Description,Currency,Gross,Fee ,Net,Balance,Transaction ID\n");
        assertEquals(2, run("import", statement.toString(), "--source", "paypal"));

        Path orders = new Rows(MoneyExports.TICKET_TAILOR).row("Order ID", "1", "Order date", "Nov 7, 2025 2:28 PM",
                "Order value", "0", "Payment method", "NO_COST", "Event ID", "ev_1", "Event name", "Open Day",
                "Email", "bob@example.org.").write(home.resolve("orders.csv"));
        assertEquals(0, run("import", orders.toString(), "--source", "ticket-tailor"));
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "import", "batches", "report", "audit"}) {
            assertEquals(0, run(command, "--help"), command);
            assertTrue(out().contains("Usage: crosswalk " + command), command);
        }
    }
}
