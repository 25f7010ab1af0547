package dev.crosswalk.cli;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.support.KajabiPeople;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bulk decision from the command line: one answer per question, a summary, exit 0 when it applied anything. */
class ResolveCommandTest extends CommandLineTestBase {

    @Test
    void aBulkDecisionAnswersEachQuestionOnceSummarisesAndExitsZero() throws Exception {
        KajabiPeople first = new KajabiPeople();
        KajabiPeople second = new KajabiPeople();
        for (int i = 1; i <= 3; i++) {
            Map<String, String> p = person(Integer.toString(i), "P" + i, "Lee", "p" + i + "@example.com");
            p.put("City (address_city)", "Boulder");
            first.person(p);
            p.put("City (address_city)", "Denver");
            p.put("Last Name", "Leigh");
            p.put("Name", "P" + i + " Leigh");
            // every person twice in the second file: the same questions asked twice
            second.person(p).person(p);
        }
        assertEquals(0, run("import", first.write(home.resolve("first.csv")).toString(), "--source", "kajabi"));
        for (String id : new String[] {"1", "2", "3"}) {
            assertEquals(0, run("locks", "set", id, "FULL_LOCK", "--by", "tester"));
        }
        assertEquals(0, run("import", second.write(home.resolve("second.csv")).toString(), "--source", "kajabi",
                "--json"));
        long batch = ReportWriter.JSON.readTree(out()).get("batch").asLong();
        assertEquals(0, run("conflicts", "--open", "--json"));
        JsonNode open = ReportWriter.JSON.readTree(out());
        assertEquals(6, open.size(), open.toString());
        open.forEach(k -> assertEquals(2, k.get("evidence_count").asInt(), k.toString()));

        assertEquals(0, run("resolve", "--batch", Long.toString(batch), "--reason", "LOCKED", "--field", "city",
                "TAKE", "--by", "tester"));
        assertTrue(out().contains("3 decisions applied (3 taken), 0 refused"), out());
        assertTrue(out().lines().count() < 20, out());

        assertEquals(0, run("resolve", "--batch", Long.toString(batch), "--reason", "LOCKED", "KEEP", "--json",
                "--by", "tester"));
        JsonNode answers = ReportWriter.JSON.readTree(out());
        assertEquals(3, answers.size(), answers.toString());
        answers.forEach(a -> assertEquals("kept", a.get("outcome").asText(), a.toString()));

        assertEquals(0, run("conflicts", "--open", "--json"));
        assertEquals(0, ReportWriter.JSON.readTree(out()).size(), out());
        // nothing left to decide: the same bulk decision changes nothing and says so
        assertEquals(2, run("resolve", "--batch", Long.toString(batch), "--reason", "LOCKED", "TAKE"));
        assertTrue(out().contains("nothing was changed"), out());
    }
}
