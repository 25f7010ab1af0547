package dev.crosswalk.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "$1,089.00    | 1089.00",
        "$242.00      | 242.00",
        "1,560.00     | 1560.00",
        "4,764.38     | 4764.38",
        "-68.94       | -68.94",
        "-4.25        | -4.25",
        "84           | 84",
        "2602.5       | 2602.5",
        "88.00        | 88.00",
        "0            | 0",
        "0.00         | 0.00",
        "1,000,000    | 1000000",
        ".50          | 0.50",
        "+5.00        | 5.00",
        "-$1,089.00   | -1089.00",
        "$-1,089.00   | -1089.00",
        "(12.00)      | -12.00",
        "($1,089.00)  | -1089.00",
        "$(1,089.00)  | -1089.00",
        "12.00-       | -12.00",
        "USD 12.00    | 12.00",
        "12.00 USD    | 12.00",
        "USD12.00     | 12.00",
        "-12.00 USD   | -12.00",
        "£1,234,567.89| 1234567.89",
        "¥500         | 500",
        "€12.50       | 12.50",
    })
    void readsEnglishAmounts(String text, String expected) {
        assertEquals(new BigDecimal(expected), Amounts.parse(text));
    }

    @Test
    void keepsTheScaleAsWritten() {
        BigDecimal amount = Amounts.parse("$1,089.00");
        assertEquals(new BigDecimal("1089.00"), amount);
        assertEquals(2, amount.scale());
        assertNotEquals(new BigDecimal("1089"), amount);
        assertEquals(1, Amounts.parse("2602.5").scale());
        assertEquals(0, Amounts.parse("84").scale());
    }

    @Test
    void readsTheContentOfAQuotedPayPalCell() {
        // the CSV field "1,560.00" reaches the parser unquoted
        assertEquals(new BigDecimal("1560.00"), Amounts.parse("1,560.00"));
    }

    @Test
    void readsNegativeZeroAsZero() {
        assertEquals(new BigDecimal("0.00"), Amounts.parse("-0.00"));
    }

    @Test
    void stripsSurroundingAndNoBreakSpaces() {
        assertEquals(new BigDecimal("88.00"), Amounts.parse("  88.00\t"));
        assertEquals(new BigDecimal("49.00"), Amounts.parseEuropean("49,00\u00a0€"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "3.100,55       | 3100.55",
        "0,00           | 0.00",
        "€49,00         | 49.00",
        "49,00 €        | 49.00",
        "-68,94         | -68.94",
        "1.234.567,89   | 1234567.89",
        "1.089          | 1089",
        "EUR 12,50      | 12.50",
        "(3.100,55)     | -3100.55",
        "84             | 84",
    })
    void readsEuropeanAmounts(String text, String expected) {
        assertEquals(new BigDecimal(expected), Amounts.parseEuropean(text));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "N/A", "n/a", "null", "NULL", "-", " - "})
    void readsBlanksAndPlaceholdersAsNoValue(String text) {
        assertNull(Amounts.parse(text));
        assertNull(Amounts.parseEuropean(text));
    }

    @Test
    void namesTheValueAndTheExpectedShapeWhenRefusing() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Amounts.parse("$12,34.5"));
        assertEquals("\"$12,34.5\" is not an amount (expected e.g. 1089.00, \"$1,089.00\" or -68.94)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1,2,3", "12.3.4", "abc", "$", "USD", "12,34.5", "1,0890.00", "1 089.00", "12.", "1.000,00", "--12",
        "-(12.00)", "(12.00", "12.00)", "$12.00 USD", "ABC 12.00", "usd 12.00", "12 dollars", "1e3", "0x10", "١٢"
    })
    void refusesWhatIsNotAnEnglishAmount(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Amounts.parse(text));
        assertEquals("\"" + text + "\" is not an amount (expected e.g. 1089.00, \"$1,089.00\" or -68.94)",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,089.00", "12,3,4", "3.10,55", "12,", "€"})
    void refusesWhatIsNotAEuropeanAmount(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Amounts.parseEuropean(text));
        assertEquals("\"" + text + "\" is not an amount (expected e.g. 1089,00, \"3.100,55\" or \"€49,00\")",
                e.getMessage());
    }

    @Test
    void cutsARunawayValueInTheMessage() {
        String text = "x".repeat(500);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Amounts.parse(text));
        assertEquals("\"" + "x".repeat(80) + "…\" is not an amount (expected e.g. 1089.00, \"$1,089.00\" or -68.94)",
                e.getMessage());
    }
}
