package dev.crosswalk.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HeaderTest {

    @Test
    void trimsNamesAndRemovesByteOrderMarks() {
        Header header = Header.of(List.of("\uFEFFName", " Fee ", "\uFEFF \uFEFFEmail\t", "\u00a0Phone\u00a0"));

        assertEquals(List.of("Name", "Fee", "Email", "Phone"), header.names());
        assertTrue(header.has("Name"));
        assertTrue(header.has("Fee"));
        assertFalse(header.has(" Fee "));
        assertEquals(2, header.index("Email"));
    }

    /** Issue 22.3: names are matched after trimming and Unicode normalisation, in every layout. */
    @Test
    void normalisesUnicodeInvisibleCharactersAndInnerSpaces() {
        Header header = Header.of(List.of("\u00ef\u00bb\u00bfDate", "Gross\u200b ", "Zip\u00a0 Code",
                "Nume\u0301ro de transaction", "\uff26ee", "Time\u202fZone", "From  Email\tAddress"));

        assertEquals(List.of("Date", "Gross", "Zip Code", "Numéro de transaction", "Fee", "Time Zone",
                "From Email Address"), header.names());
        assertTrue(header.has("Numéro de transaction"));
        assertEquals(4, header.index("Fee"));
    }

    @Test
    void repeatedNamesResolveToTheFirstAndAreReported() {
        Header header = Header.of(List.of("Invoice Number", "Email", "Invoice Number ", "Note", "Email"));

        assertEquals(5, header.size());
        assertEquals(0, header.index("Invoice Number"));
        assertEquals(1, header.index("Email"));
        assertEquals(Set.of("Invoice Number", "Email"), header.duplicates());
    }

    @Test
    void absentNameHasNoIndex() {
        Header header = Header.of(List.of("Email"));

        assertFalse(header.has("email"));
        assertEquals(-1, header.index("Phone"));
        assertTrue(header.duplicates().isEmpty());
    }

    @Test
    void dropsOnlyTheTrailingEmptyName() {
        Header header = Header.of(List.of("Date", " ", "Name", ""));

        assertEquals(List.of("Date", "", "Name"), header.names());
        assertEquals(1, header.index(""));
        assertTrue(header.duplicates().isEmpty());
    }

    @Test
    void describesAShortHeader() {
        assertEquals("Email, First Name, (no name) (3 columns)",
                Header.of(List.of("Email", "First Name", " ", "")).describe());
        assertEquals("Email (1 column)", Header.of(List.of("Email")).describe());
    }

    @Test
    void describesTheFirstTwelveNamesOfAWideHeader() {
        List<String> names = IntStream.rangeClosed(1, 41).mapToObj(i -> "Column " + i).collect(Collectors.toList());

        String description = Header.of(names).describe();

        assertEquals("Column 1, Column 2, Column 3, Column 4, Column 5, Column 6, Column 7, Column 8, Column 9, "
                + "Column 10, Column 11, Column 12 … (41 columns)", description);
    }

    @Test
    void shortensVeryLongNamesInTheDescription() {
        String description = Header.of(List.of("x".repeat(500))).describe();

        assertEquals("x".repeat(40) + "… (1 column)", description);
    }

    @Test
    void namesCannotBeChanged() {
        List<String> names = Header.of(List.of("Email")).names();

        assertThrows(UnsupportedOperationException.class, () -> names.add("x"));
    }
}
