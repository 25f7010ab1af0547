package dev.crosswalk.cli;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.support.KajabiPeople;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review, merge and undo commands: --help, exit codes 0 / 2, and what they print. */
class UndoCommandsTest extends CommandLineTestBase {

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"rollback", "conflicts", "resolve", "merge", "unmerge", "duplicates",
            "locks"}) {
            assertEquals(0, run(command, "--help"), command);
            assertTrue(out().contains("Usage: crosswalk " + command), out());
        }
        assertEquals(0, run("locks", "classify", "--help"));
        assertEquals(0, run("locks", "set", "--help"));
    }

    @Test
    void importResolveMergeUnmergeAndRollBackFromTheCommandLine() throws Exception {
        Map<String, String> ann = person("1", "Ann", "Lee", "ann@example.com");
        ann.put("Phone Number (phone_number)", "+1 303 555 0100");
        Map<String, String> annToo = person("2", "Ann", "Lee", "ann.lee@work.example");
        annToo.put("Phone Number (phone_number)", "+1 303 555 0100");
        Path file = new KajabiPeople().person(ann).person(annToo).write(home.resolve("p.csv"));
        assertEquals(0, run("import", file.toString(), "--source", "kajabi", "--json"));
        long imported = ReportWriter.JSON.readTree(out()).get("batch").asLong();

        assertEquals(0, run("duplicates"));
        assertTrue(out().contains("1 likely duplicate pairs (1 new)"), out());
        assertEquals(0, run("conflicts", "--open"));
        assertTrue(out().contains("DUPLICATE"), out());
        assertTrue(out().contains("Ann Lee <ann@example.com>"), out());
        assertEquals(2, run("resolve", "999", "KEEP"));
        assertTrue(out().contains("there is no conflict 999"), out());
        assertEquals(2, run("resolve", "--batch", "9999", "--reason", "LOCKED", "KEEP"));
        assertTrue(out().contains("no open conflict of batch 9999 with reason LOCKED"), out());
        assertEquals(2, run("resolve", "KEEP"));
        assertEquals(2, run("resolve", "--batch", "1", "5", "KEEP"));

        assertEquals(0, run("merge", "1", "2", "--by", "tester"));
        assertTrue(out().contains("unmerge 1"), out());
        assertEquals(2, run("merge", "1", "2"));
        assertEquals(0, run("unmerge", "1"));
        assertEquals(2, run("unmerge", "1"));

        assertEquals(0, run("locks", "set", "1", "FULL_LOCK", "--by", "tester"));
        assertEquals(2, run("locks", "set", "42", "UNLOCKED"));
        assertEquals(0, run("locks", "classify", "--preview"));
        assertTrue(out().contains("kajabi,FULL_LOCK,1,1"), out());

        assertEquals(2, run("rollback", Long.toString(imported), "--json"));
        JsonNode refused = ReportWriter.JSON.readTree(out());
        assertEquals("refused", refused.get("status").asText());
        assertTrue(refused.get("files").has("later_changes"));
        assertEquals(0, run("rollback", Long.toString(imported), "--force", "--json"));
        assertEquals("applied", ReportWriter.JSON.readTree(out()).get("status").asText());
        assertEquals(2, run("rollback", "4242"));
    }
}
