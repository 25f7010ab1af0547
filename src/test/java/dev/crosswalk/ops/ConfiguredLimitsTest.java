package dev.crosswalk.ops;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7.5: the field, line and column limits are settings, and a file beyond one is refused naming it. */
class ConfiguredLimitsTest {

    @TempDir
    Path home;

    @Test
    void aFileBeyondAConfiguredLimitIsRefusedWithTheLimitInItsReason() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, false, Map.of("crosswalk.csv.max-field-chars", "80",
                "crosswalk.csv.max-line-chars", "2000", "crosswalk.csv.max-columns", "40"))) {
            var before = crosswalk.snapshot();
            Map<String, String> longField = person("1", "Ann", "Lee", "ann@example.com");
            longField.put("City (address_city)", "x".repeat(81));
            Path field = new KajabiPeople().person(longField).write(home.resolve("field.csv"));
            Path line = Files.writeString(home.resolve("line.csv"), ("c".repeat(75) + ",").repeat(30) + "d\n1\n");
            Path columns = Files.writeString(home.resolve("columns.csv"), "a,".repeat(41) + "b\n1\n");

            assertRefused(crosswalk.importFile(field, "kajabi"), "line 2: a field is longer than 80 characters");
            assertRefused(crosswalk.importFile(columns, "kajabi"), "line 1: the line has more than 40 columns");
            assertRefused(crosswalk.importFile(line, "kajabi"), "line 1: the line is longer than 2,000 characters");
            assertEquals(before, crosswalk.snapshot());
            // the same person within the limits imports normally
            assertEquals("applied", crosswalk.importFile(new KajabiPeople()
                    .person(person("1", "Ann", "Lee", "ann@example.com")).write(home.resolve("ok.csv")), "kajabi")
                    .status());
        }
    }

    private static void assertRefused(BatchReport report, String reason) {
        assertEquals("rejected", report.status());
        assertTrue(report.message().contains(reason), report.message());
    }
}
