package dev.crosswalk.report;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every CSV Crosswalk writes is safe to open in a spreadsheet. */
class FormulaInjectionTest {

    @Test
    void cellsThatASpreadsheetWouldEvaluateAreNeutralised() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvOut.neutralise("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", CsvOut.neutralise("+1"));
        assertEquals("'-68.94", CsvOut.neutralise("-68.94"));
        assertEquals("'@SUM(A1)", CsvOut.neutralise("@SUM(A1)"));
        assertEquals("'\tx", CsvOut.neutralise("\tx"));
        assertEquals("'\rx", CsvOut.neutralise("\rx"));
        assertEquals("Ann", CsvOut.neutralise("Ann"));
        assertEquals("a=b", CsvOut.neutralise("a=b"));
        assertEquals("", CsvOut.neutralise(null));
    }

    @Test
    void conflictAndChangeFilesNeutraliseImportedValues(@TempDir Path home) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            crosswalk.importFile(new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                    .write(home.resolve("a.csv")), "kajabi");
            crosswalk.lockEveryContactByPerson("FULL_LOCK");
            Map<String, String> evil = person("1", "=cmd|' /C calc'!A0", "@Lee", "ann@example.com");

            BatchReport report = crosswalk.importFile(new KajabiPeople().person(evil).write(home.resolve("b.csv")),
                    "kajabi");

            List<CSVRecord> conflicts = parse(Path.of(report.files().get("conflicts")));
            assertEquals(2, conflicts.size());
            assertEquals("'=cmd|' /C calc'!A0", conflicts.get(0).get(6));
            assertEquals("'@Lee", conflicts.get(1).get(6));
            String changes = Files.readString(Path.of(report.files().get("changes")));
            assertTrue(changes.contains("'=cmd"), changes);
            // the database keeps the value as given: only the spreadsheet view is neutralised
            assertEquals("=cmd|' /C calc'!A0", crosswalk.rows("select incoming_value from import_conflicts "
                    + "where field = 'first_name'").get(0).get("incoming_value"));
        }
    }

    private static List<CSVRecord> parse(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (CSVParser p = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .get())) {
            return p.getRecords();
        }
    }
}
