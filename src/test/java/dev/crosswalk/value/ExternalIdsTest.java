package dev.crosswalk.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalIdsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "106604827            | 106604827",
        "' 2194986380 '       | 2194986380",
        "0XG02A4F70310002N    | 0XG02A4F70310002N",
        "I-8RXL1Y23JYX        | I-8RXL1Y23JYX",
        "or_123456            | or_123456",
        "0012345              | 0012345",
    })
    void keepsIdsAsTrimmedStrings(String text, String expected) {
        assertEquals(expected, ExternalIds.normalise(text));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "N/A", "null"})
    void readsBlankAsNoId(String text) {
        assertNull(ExternalIds.normalise(text));
        assertNull(ExternalIds.zoho(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.743045E+18", "5,74E+18", "3.81101E+18", "1e5", "2.1E-3", " 5.743045e+18 "})
    void refusesIdsInScientificNotation(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ExternalIds.normalise(text));
        assertEquals("\"" + text + "\" is an id in scientific notation:"
                + " a spreadsheet rounded it and its digits are lost"
                + " (re-export the file from the source and import it without opening it in Excel)", e.getMessage());
    }

    @Test
    void readsAZohoIdWithAndWithoutItsPrefixAsOne() {
        assertEquals("3811008000002766271", ExternalIds.zoho("zcrm_3811008000002766271"));
        assertEquals("3811008000002766271", ExternalIds.zoho("3811008000002766271"));
        assertEquals("3811008000002766271", ExternalIds.zoho(" ZCRM_3811008000002766271 "));
    }

    @Test
    void refusesAZohoIdInScientificNotation() {
        assertThrows(InvalidValueException.class, () -> ExternalIds.zoho("5.743045E+18"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zcrm_", "zcrm_abc", "zcrm_38110080-0002766271", "crm_3811008000002766271", "3811 008",
        "zcrm_zcrm_1"})
    void refusesAZohoIdThatIsNotDigits(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ExternalIds.zoho(text));
        assertEquals("\"" + text + "\" is not a Zoho record id (expected e.g. zcrm_3811008000002766271 or"
                + " 3811008000002766271)", e.getMessage());
    }
}
