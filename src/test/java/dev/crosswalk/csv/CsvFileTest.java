package dev.crosswalk.csv;

import static dev.crosswalk.csv.CsvTestFiles.concat;
import static dev.crosswalk.csv.CsvTestFiles.drain;
import static dev.crosswalk.csv.CsvTestFiles.open;
import static dev.crosswalk.csv.CsvTestFiles.readRows;
import static dev.crosswalk.csv.CsvTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFileTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithBomAndFindsTheFirstColumnByName() throws IOException {
        Path file = write(dir, "kajabi.csv", concat(BOM,
                "Name,Email\nJos\u00e9 M\u00fcller,jose@example.com\n".getBytes(StandardCharsets.UTF_8)));

        try (CsvFile csv = open(file)) {
            assertEquals(StandardCharsets.UTF_8, csv.charset());
            assertTrue(csv.header().has("Name"));
            assertEquals(List.of("Name", "Email"), csv.header().names());
            CsvRow row = csv.rows().next();
            assertEquals("Jos\u00e9 M\u00fcller", row.get("Name"));
            assertEquals("jose@example.com", row.get("Email"));
        }
    }

    @Test
    void stripsTheBomFromTheStreamSoAQuotedFirstNameStillParses() throws IOException {
        Path file = write(dir, "bom.csv", concat(BOM,
                "\"Name, Full\",Email\n\"Doe, Jane\",jane@example.com\n".getBytes(StandardCharsets.UTF_8)));

        try (CsvFile csv = open(file)) {
            assertEquals(List.of("Name, Full", "Email"), csv.header().names());
            assertEquals("Doe, Jane", csv.rows().next().get("Name, Full"));
        }
    }

    @Test
    void readsUtf8WithoutBom() throws IOException {
        Path file = write(dir, "people.csv", "Name,Email\n\u00c5sa \u20ac,asa@example.com\n");

        List<CsvRow> rows = readRows(file);

        assertEquals("\u00c5sa \u20ac", rows.get(0).get("Name"));
    }

    @Test
    void decodesWindows1252() throws IOException {
        Path file = write(dir, "paypal.csv",
                "Name,Note\nJos\u00e9,\u201cthanks\u201d \u2013 \u20ac5\n".getBytes(WINDOWS_1252));

        try (CsvFile csv = open(file)) {
            assertEquals(WINDOWS_1252, csv.charset());
            CsvRow row = csv.rows().next();
            assertEquals("Jos\u00e9", row.get("Name"));
            assertEquals("\u201cthanks\u201d \u2013 \u20ac5", row.get("Note"));
        }
    }

    @Test
    void skipsTheBomOfAWindows1252File() throws IOException {
        Path file = write(dir, "resaved.csv", concat(BOM, "Name,City\nJos\u00e9,K\u00f6ln\n".getBytes(WINDOWS_1252)));

        try (CsvFile csv = open(file)) {
            assertEquals(List.of("Name", "City"), csv.header().names());
            assertEquals("K\u00f6ln", csv.rows().next().get("City"));
        }
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';', '\t'})
    void sniffsTheDelimiterFromTheHeader(char delimiter) throws IOException {
        String d = String.valueOf(delimiter);
        Path file = write(dir, "export.csv", String.join(d, "Date", "Name", "Gross") + "\n"
                + String.join(d, "1/1/2018", "Ann", "\"1,089.00\"") + "\n");

        try (CsvFile csv = open(file)) {
            assertEquals(delimiter, csv.delimiter());
            assertEquals(List.of("Date", "Name", "Gross"), csv.header().names());
            CsvRow row = csv.rows().next();
            assertEquals("Ann", row.get("Name"));
            assertEquals("1,089.00", row.get("Gross"));
        }
    }

    @Test
    void delimitersInsideQuotedNamesDoNotCount() throws IOException {
        Path file = write(dir, "semi.csv", "\"Label, a, b, c (custom_1)\";Email;Phone\nx;y;z\n");

        try (CsvFile csv = open(file)) {
            assertEquals(';', csv.delimiter());
            assertEquals(List.of("Label, a, b, c (custom_1)", "Email", "Phone"), csv.header().names());
        }
    }

    @Test
    void aTieBetweenDelimitersMeansComma() throws IOException {
        Path file = write(dir, "tie.csv", "a;b,c\n1;2,3\n");

        try (CsvFile csv = open(file)) {
            assertEquals(',', csv.delimiter());
            assertEquals(List.of("a;b", "c"), csv.header().names());
        }
    }

    @Test
    void headerWithQuotedNamesContainingCommas() throws IOException {
        Path file = write(dir, "kajabi.csv",
                "Email,\"What brought you here, and why? (custom_1)\",\"City, State (custom_2)\"\n"
                        + "ann@example.com,\"A friend, mostly\",\"Austin, TX\"\n");

        try (CsvFile csv = open(file)) {
            assertEquals(3, csv.header().size());
            CsvRow row = csv.rows().next();
            assertEquals("A friend, mostly", row.get("What brought you here, and why? (custom_1)"));
            assertEquals("Austin, TX", row.get("City, State (custom_2)"));
        }
    }

    @Test
    void quotedFieldsWithDelimitersDoubledQuotesAndNewlines() throws IOException {
        Path file = write(dir, "notes.csv", "Id,Name,Note\n"
                + "1,\"Smith, John\",\"He said \"\"hi\"\"\"\n"
                + "2,Ann,\"first line\nsecond line\n\nfourth line\"\n"
                + "3,Bob,plain\n");

        List<CsvRow> rows = readRows(file);

        assertEquals(3, rows.size());
        assertEquals("Smith, John", rows.get(0).get("Name"));
        assertEquals("He said \"hi\"", rows.get(0).get("Note"));
        assertEquals(2, rows.get(0).line());
        assertEquals("first line\nsecond line\n\nfourth line", rows.get(1).get("Note"));
        assertEquals(3, rows.get(1).line());
        assertEquals("plain", rows.get(2).get("Note"));
        assertEquals(7, rows.get(2).line());
    }

    @Test
    void quotedNewlinesInTheHeaderMoveTheFirstRow() throws IOException {
        Path file = write(dir, "header.csv", "Email,\"Notes\r\n(custom_3)\"\r\nann@example.com,x\r\n");

        try (CsvFile csv = open(file)) {
            // the line break inside the name is white space, made one space like every run of it (issue 22.3)
            assertEquals(List.of("Email", "Notes (custom_3)"), csv.header().names());
            CsvRow row = csv.rows().next();
            assertEquals(3, row.line());
            assertEquals("x", row.get("Notes (custom_3)"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void everyLineEnding(String eol) throws IOException {
        Path file = write(dir, "eol.csv", "Id,Note" + eol + "1,\"a" + eol + "b\"" + eol + "2,c" + eol);

        List<CsvRow> rows = readRows(file);

        assertEquals(2, rows.size());
        assertEquals("a" + eol + "b", rows.get(0).get("Note"));
        assertEquals(2, rows.get(0).line());
        assertEquals("c", rows.get(1).get("Note"));
        assertEquals(4, rows.get(1).line());
    }

    @Test
    void mixedLineEndings() throws IOException {
        Path file = write(dir, "mixed.csv", "Id,Note\r\n1,a\n2,\"b\r\nc\"\r3,d\r\n\n4,e");

        List<CsvRow> rows = readRows(file);

        assertEquals(List.of("1", "2", "3", "", "4"), rows.stream().map(row -> row.get(0)).toList());
        assertEquals(List.of(2L, 3L, 5L, 6L, 7L), rows.stream().map(CsvRow::line).toList());
        assertEquals("b\r\nc", rows.get(1).get("Note"));
        assertEquals("e", rows.get(4).get("Note"));
    }

    @Test
    void backslashIsNotAnEscape() throws IOException {
        Path file = write(dir, "mailchimp.csv", "Email,Interests\nann@example.com,\"Books\\, Music\\\\\"\n");

        assertEquals("Books\\, Music\\\\", readRows(file).get(0).get("Interests"));
    }

    @Test
    void repeatedHeaderNamesResolveToTheFirstColumn() throws IOException {
        Path file = write(dir, "paypal.csv", "Invoice Number,Email,Invoice Number\nINV-1,ann@example.com,INV-2\n");

        try (CsvFile csv = open(file)) {
            assertEquals(Set.of("Invoice Number"), csv.header().duplicates());
            CsvRow row = csv.rows().next();
            assertEquals("INV-1", row.get("Invoice Number"));
            assertEquals("INV-2", row.get(2));
        }
    }

    @Test
    void trailingEmptyHeaderColumnIsToleratedAndRowsFit() throws IOException {
        Path file = write(dir, "paypal2017.csv", "Date, Time, Name, Fee ,\n1/1/2017, 10:00:00, Ann, -0.59,\n");

        try (CsvFile csv = open(file)) {
            assertEquals(List.of("Date", "Time", "Name", "Fee"), csv.header().names());
            CsvRow row = csv.rows().next();
            assertEquals(5, row.size());
            assertEquals(" 10:00:00", row.get("Time"));
            assertEquals(" -0.59", row.get("Fee"));
            assertNull(row.shapeProblem());
            assertFalse(row.repeatsHeader());
        }
    }

    @Test
    void shortRowsAndTrailingEmptyCellsFitOnlyAValueBeyondTheHeaderDoesNot() throws IOException {
        Path file = write(dir, "shape.csv", "a,b,c\n1,2\n1,2,3,\n1,2,3,4\n1,2,3,,\n1,2,3, \n1\n1,2,3,,x\n");

        List<CsvRow> rows = readRows(file);

        assertNull(rows.get(0).shapeProblem(), "the missing cell is the last one, empty");
        assertNull(rows.get(0).get("c"));
        assertNull(rows.get(1).shapeProblem());
        assertEquals("row has 4 fields, the header has 3", rows.get(2).shapeProblem());
        assertNull(rows.get(3).shapeProblem(), "extra trailing empty cells are ignored");
        assertNull(rows.get(4).shapeProblem());
        assertNull(rows.get(5).shapeProblem());
        assertEquals("row has 5 fields, the header has 3", rows.get(6).shapeProblem());
    }

    @Test
    void shortRowsAnswerNullForMissingFields() throws IOException {
        Path file = write(dir, "short.csv", "Email,First Name,Last Name\nann@example.com,,\nbob@example.com\n");

        List<CsvRow> rows = readRows(file);

        assertEquals("", rows.get(0).get("First Name"));
        assertEquals("", rows.get(0).get("Last Name"));
        assertEquals("bob@example.com", rows.get(1).get("Email"));
        assertNull(rows.get(1).get("Last Name"));
        assertNull(rows.get(1).get("Phone"));
        assertNull(rows.get(1).get(1));
        assertNull(rows.get(1).get(-1));
    }

    @Test
    void blankLinesBecomeBlankRowsWithTheirLineNumbers() throws IOException {
        Path file = write(dir, "blank.csv", "a,b\n1,2\n\n   \n,\n \t, \n3,4\n\n");

        List<CsvRow> rows = readRows(file);

        assertEquals(List.of(false, true, true, true, true, false, true),
                rows.stream().map(CsvRow::isBlank).toList());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L), rows.stream().map(CsvRow::line).toList());
        assertEquals("3", rows.get(5).get("a"));
    }

    @Test
    void emptyLinesBeforeTheHeaderAreSkipped() throws IOException {
        Path file = write(dir, "leading.csv", "\n\r\n\rName;Email\nAnn;ann@example.com\n");

        try (CsvFile csv = open(file)) {
            assertEquals(';', csv.delimiter());
            assertEquals(List.of("Name", "Email"), csv.header().names());
            CsvRow row = csv.rows().next();
            assertEquals(5, row.line());
            assertEquals("ann@example.com", row.get("Email"));
        }
    }

    @Test
    void recognisesTheHeaderPastedAgainMidFile() throws IOException {
        Path file = write(dir, "pasted.csv", "Name,Email,\nAnn,ann@example.com,\n\uFEFFName , Email\nName,x\n");

        List<CsvRow> rows = readRows(file);

        assertFalse(rows.get(0).repeatsHeader());
        assertTrue(rows.get(1).repeatsHeader());
        assertEquals(3, rows.get(1).line());
        assertFalse(rows.get(2).repeatsHeader());
    }

    @Test
    void aHeaderWithoutRowsIsNotARefusal() throws IOException {
        Path file = write(dir, "header-only.csv", "Email,First Name\n");

        try (CsvFile csv = open(file)) {
            assertEquals(2, csv.header().size());
            Iterator<CsvRow> rows = csv.rows();
            assertFalse(rows.hasNext());
            assertThrows(NoSuchElementException.class, rows::next);
        }
    }

    @Test
    void lastRowWithoutLineBreak() throws IOException {
        Path file = write(dir, "no-eol.csv", "Email,Amount\nann@example.com,\"$1,089.00\"");

        List<CsvRow> rows = readRows(file);

        assertEquals(1, rows.size());
        assertEquals("$1,089.00", rows.get(0).get("Amount"));
    }

    @Test
    void spacesAfterAClosingQuoteAreAllowed() throws IOException {
        Path file = write(dir, "spaces.csv", "a,b\n\"x\"  ,\"y\" \n");

        CsvRow row = readRows(file).get(0);

        assertEquals("x", row.get("a"));
        assertEquals("y", row.get("b"));
    }

    @Test
    void rowsCanBeStreamedOnlyOnce() throws IOException {
        Path file = write(dir, "once.csv", "a\n1\n");

        try (CsvFile csv = open(file)) {
            assertEquals(1, drain(csv.rows()).size());
            assertThrows(IllegalStateException.class, csv::rows);
        }
    }

    @Test
    void rowsKnowTheirHeader() throws IOException {
        Path file = write(dir, "header.csv", "a,b\n1,2\n");

        try (CsvFile csv = open(file)) {
            assertEquals(csv.header(), csv.rows().next().header());
        }
    }
}
