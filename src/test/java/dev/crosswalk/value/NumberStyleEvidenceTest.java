package dev.crosswalk.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 22.1: a file's number style is decided from its values, like its date order. */
class NumberStyleEvidenceTest {

    private static final String DEFAULT = "layout default (English)";

    /** What one value proves on its own: comma, point, or nothing. */
    @ParameterizedTest(name = "{0} proves {1}")
    @CsvSource(delimiter = '|', value = {
        "26,00        | decimal comma",
        "-1,57        | decimal comma",
        "1.234,56     | decimal comma",
        "€24,00       | decimal comma",
        "24,00 €      | decimal comma",
        "1.234.567    | decimal comma",
        "0,5          | decimal comma",
        "1234,567     | decimal comma",
        "26.00        | decimal point",
        "1,234.00     | decimal point",
        "$1,089.00    | decimal point",
        "CHF 24.00    | decimal point",
        "(12.50)      | decimal point",
        "1,234,567    | decimal point",
        "1,234        | nothing",
        "1.234        | nothing",
        "-1.234       | nothing",
        "26           | nothing",
        "0            | nothing",
        "€1,234       | nothing",
        "not an amount| nothing",
        "N/A          | nothing",
    })
    void aValueProvesAStyleOnlyWhenOneStyleReadsIt(String value, String proves) {
        NumberStyleEvidence evidence = new NumberStyleEvidence();
        evidence.observe(value, 7);

        String shown = evidence.decimalComma() != null ? "decimal comma"
                : evidence.decimalPoint() != null ? "decimal point" : "nothing";
        assertEquals(proves, shown);
        assertEquals(!"nothing".equals(proves), evidence.proves());
    }

    @Test
    void theFirstProvingValueDecidesAndIsNamedWithItsLine() {
        NumberStyleEvidence evidence = new NumberStyleEvidence();
        evidence.observe("1,234", 2);
        evidence.observe("", 3);
        evidence.observe("26,00", 4);
        evidence.observe("-1,57", 5);

        NumberStyleEvidence.Decision decision = evidence.decide(NumberStyle.ENGLISH, DEFAULT);
        assertEquals(NumberStyle.EUROPEAN, decision.style());
        assertEquals("line 4: 26,00", decision.evidence());
    }

    @Test
    void anUnprovenFileTakesTheLayoutDefaultAndSaysSo() {
        NumberStyleEvidence evidence = new NumberStyleEvidence();
        evidence.observe("1.234", 2);
        evidence.observe("0", 3);

        NumberStyleEvidence.Decision decision = evidence.decide(NumberStyle.EUROPEAN, "layout default (German)");
        assertEquals(NumberStyle.EUROPEAN, decision.style());
        assertEquals("not proven: no amount in the file is written in one style only; layout default (German)",
                decision.evidence());
    }

    @Test
    void aFileProvingBothStylesContradictsItselfAndKeepsALineOfEach() {
        NumberStyleEvidence evidence = new NumberStyleEvidence();
        evidence.observe("26,00", 2);
        evidence.observe("12.50", 9);
        evidence.observe("3,10", 10);

        assertTrue(evidence.contradicts());
        assertEquals(new NumberStyleEvidence.Proof(2, "26,00"), evidence.decimalComma());
        assertEquals(new NumberStyleEvidence.Proof(9, "12.50"), evidence.decimalPoint());
        assertThrows(IllegalStateException.class, () -> evidence.decide(NumberStyle.ENGLISH, DEFAULT));
    }

    /** The values the issue names, read in the style their file proves or assumes: never 100 or 1000 times off. */
    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "26,00      | EUROPEAN | 26.00",
        "-1,57      | EUROPEAN | -1.57",
        "1.234,56   | EUROPEAN | 1234.56",
        "1.234      | EUROPEAN | 1234",
        "€24,00     | EUROPEAN | 24.00",
        "24,00 €    | EUROPEAN | 24.00",
        "1,234      | ENGLISH  | 1234",
        "£1,089.00  | ENGLISH  | 1089.00",
        "$1,089.00  | ENGLISH  | 1089.00",
        "CHF 24.00  | ENGLISH  | 24.00",
    })
    void amountsAreReadInTheStyleOfTheirFile(String text, NumberStyle style, String expected) {
        assertEquals(new BigDecimal(expected), Amounts.parse(text, style));
    }

    @Test
    void aValueWrittenInTheOtherStyleIsNotAnAmountOfTheFile() {
        assertThrows(InvalidValueException.class, () -> Amounts.parse("26,00", NumberStyle.ENGLISH));
        assertThrows(InvalidValueException.class, () -> Amounts.parse("1,234.00", NumberStyle.EUROPEAN));
        assertNull(Amounts.parse("  ", NumberStyle.EUROPEAN));
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource(delimiter = '|', value = {
        "€24,00     | EUR",
        "24,00 €    | EUR",
        "£1,089.00  | GBP",
        "CHF 24.00  | CHF",
        "12.00 USD  | USD",
    })
    void theCurrencyAMarkNamesUnambiguously(String text, String currency) {
        assertEquals(currency, Amounts.currency(text));
    }

    @Test
    void marksSharedByManyCurrenciesNameNone() {
        assertNull(Amounts.currency("$1,089.00"));
        assertNull(Amounts.currency("¥500"));
        assertNull(Amounts.currency("24.00"));
        assertNull(Amounts.currency("abc"));
        assertFalse(new NumberStyleEvidence().proves());
    }
}
