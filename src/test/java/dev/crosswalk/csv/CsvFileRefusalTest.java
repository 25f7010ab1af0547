package dev.crosswalk.csv;

import static dev.crosswalk.csv.CsvTestFiles.open;
import static dev.crosswalk.csv.CsvTestFiles.refusal;
import static dev.crosswalk.csv.CsvTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileRefusalTest {

    @TempDir
    Path dir;

    @Test
    void refusesAFileWithoutAHeaderLine() throws IOException {
        Path file = write(dir, "empty-lines.csv", "\n\r\n\r");
        FileScan scan = new FileScan("not checked", Files.size(file), StandardCharsets.UTF_8, false);

        String message = assertThrows(RejectedFileException.class,
                () -> CsvFile.open(file, scan, CsvLimits.defaults())).getMessage();

        assertTrue(message.startsWith("The file has no header line."), message);
    }

    @Test
    void refusesAHeaderWhoseNamesAreAllEmpty() throws IOException {
        Path file = write(dir, "empty-names.csv", "\n, ,\"\"\nName,Email,Phone\n");

        String message = refusal(file);

        assertTrue(message.startsWith("The header line (line 2) has no column names"), message);
    }

    @Test
    void refusesAWhitespaceHeader() throws IOException {
        Path file = write(dir, "space.csv", "   \nName\n");

        assertTrue(refusal(file).startsWith("The header line (line 1) has no column names"));
    }

    @Test
    void refusesAQuoteNeverClosedAtTheEnd() throws IOException {
        Path file = write(dir, "open-quote.csv", "Name,Note\nAnn,ok\nBob,\"never closed\n");

        String message = refusal(file);

        assertTrue(message.startsWith("line 3: a quoted field is never closed;"), message);
    }

    @Test
    void refusesAQuoteNeverClosedInTheMiddleAfterStreamingTheRowsBeforeIt() throws IOException {
        Path file = write(dir, "open-quote.csv",
                "Name,Note\nAnn,ok\nBob,fine\nCid,\"opens here\nDee,swallowed\nEve,swallowed too\n");
        List<String> names = new ArrayList<>();

        RejectedFileException refused = assertThrows(RejectedFileException.class, () -> {
            try (CsvFile csv = open(file)) {
                csv.rows().forEachRemaining(row -> names.add(row.get("Name")));
            }
        });

        assertTrue(refused.getMessage().startsWith("line 4: a quoted field is never closed;"), refused.getMessage());
        assertEquals(List.of("Ann", "Bob"), names);
    }

    @Test
    void refusesTextAfterAClosingQuote() throws IOException {
        Path file = write(dir, "stray.csv", "Name,Note\nAnn,\"Smith\" Jr,x\n");

        String message = refusal(file);

        assertTrue(message.startsWith("line 2: text follows the closing double quote of a quoted field;"), message);
    }

    @Test
    void namesWhereAStrayQuoteOpenedWhenItClosesOnALaterLine() throws IOException {
        Path file = write(dir, "stray.csv", "Name,Note\nAnn,\"5 inch\nBob,\"x\"\n");

        String message = refusal(file);

        assertTrue(message.startsWith("line 3: text follows the closing double quote of a quoted field that "
                + "starts on line 2;"), message);
    }

    @Test
    void refusesATenMegabyteFieldQuickly() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("Email,Note\nann@example.com,");
            String chunk = "x".repeat(1024);
            for (int i = 0; i < 10 * 1024; i++) {
                out.write(chunk);
            }
        }

        String message = assertTimeout(Duration.ofSeconds(10), () -> refusal(file));

        assertTrue(message.startsWith("line 2: the line is longer than 1,000,000 characters"), message);
    }

    @Test
    void refusesAQuotedFieldOverTheLimitAcrossManyLines() throws IOException {
        StringBuilder text = new StringBuilder("Email,Answer\nann@example.com,ok\nbob@example.com,\"");
        for (int i = 0; i < 20; i++) {
            text.append("a line of the answer\n");
        }
        Path file = write(dir, "answer.csv", text.append("\"\n").toString());

        String message = refusal(file, new CsvLimits(2_000, 200, 1_000));

        assertTrue(message.startsWith("line 3: a quoted field that starts on this line is never closed, "
                + "or is longer than 200 characters"), message);
    }

    @Test
    void refusesOneHundredThousandColumns() throws IOException {
        StringBuilder header = new StringBuilder("c0");
        for (int i = 1; i < 100_000; i++) {
            header.append(",c").append(i);
        }
        Path file = write(dir, "wide.csv", header.append("\n").toString());

        String message = assertThrows(RejectedFileException.class, () -> open(file)).getMessage();

        assertTrue(message.startsWith("line 1: the line has more than 2,000 columns"), message);
    }

    @Test
    void acceptsExactlyTheMaximumNumberOfColumns() throws IOException {
        Path file = write(dir, "three.csv", "a,b,c\n1,2,3\n");

        try (CsvFile csv = open(file, new CsvLimits(3, 100, 100))) {
            assertEquals("3", csv.rows().next().get("c"));
        }
    }

    @Test
    void refusesARowWithTooManyColumns() throws IOException {
        Path file = write(dir, "row.csv", "a,b,c\n1,2,3\n1,2,3,4\n");

        String message = refusal(file, new CsvLimits(3, 100, 100));

        assertTrue(message.startsWith("line 3: the line has more than 3 columns"), message);
    }

    @Test
    void refusesALineOverTheLimitAfterTheRowsBeforeIt() throws IOException {
        Path file = write(dir, "long-line.csv", "a,b,c,d,e\n1,2,3,4,5\n" + "12345,".repeat(20) + "\n6,7,8,9,0\n");
        List<Long> lines = new ArrayList<>();

        RejectedFileException refused = assertThrows(RejectedFileException.class, () -> {
            try (CsvFile csv = open(file, new CsvLimits(2_000, 50, 100))) {
                csv.rows().forEachRemaining(row -> lines.add(row.line()));
            }
        });

        assertTrue(refused.getMessage().startsWith("line 3: the line is longer than 100 characters"),
                refused.getMessage());
        assertEquals(List.of(2L), lines);
    }

    @Test
    void theRefusalRepeatsIfTheCallerAsksAgain() throws IOException {
        Path file = write(dir, "long-line.csv", "a\n" + "x".repeat(200) + "\n");

        try (CsvFile csv = open(file, new CsvLimits(10, 100, 100))) {
            Iterator<CsvRow> rows = csv.rows();
            RejectedFileException first = assertThrows(RejectedFileException.class, rows::hasNext);
            RejectedFileException second = assertThrows(RejectedFileException.class, rows::hasNext);
            assertEquals(first.getMessage(), second.getMessage());
        }
    }

    @Test
    void refusesANonCsvFileBeforeOpeningIt() throws IOException {
        Path file = write(dir, "report.csv", "%PDF-1.4\n");

        assertTrue(refusal(file).contains("PDF document"));
    }
}
