package dev.crosswalk.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.crosswalk.value.Names.PersonName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest(name = "{0} is ({1}, {2})")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "Ann Lee                | Ann        | Lee",
        "Lee, Ann               | Ann        | Lee",
        "Ann                    | Ann        | NULL",
        "'  Ann   Lee  '        | Ann        | Lee",
        "'Ann\tLee'             | Ann        | Lee",
        "'Ann\u00a0Lee'         | Ann        | Lee",
        "Lee,Ann                | Ann        | Lee",
        "'Lee ,  Ann  Marie'    | Ann Marie  | Lee",
        "Mary Ann Lee           | Mary Ann   | Lee",
        "Ludwig van Beethoven   | Ludwig     | van Beethoven",
        "Maria de la Cruz       | Maria      | de la Cruz",
        "Van Morrison           | Van        | Morrison",
        "Ann Lee Jr.            | Ann        | Lee Jr.",
        "Ann Lee III            | Ann        | Lee III",
        "'Ann Lee, Jr.'         | Ann        | Lee Jr.",
        "'Lee,'                 | NULL       | Lee",
        "', Ann'                | Ann        | NULL",
        "Eric, Harry            | Harry      | Eric",
    })
    void splitsAFullName(String fullName, String first, String last) {
        assertEquals(new PersonName(first, last), Names.split(fullName));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "N/A", "-", ",", " , "})
    void readsBlankAsNoName(String text) {
        assertNull(Names.split(text));
    }
}
