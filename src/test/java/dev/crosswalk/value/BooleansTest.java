package dev.crosswalk.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BooleansTest {

    private static final List<String> YES_VALUES = List.of("Yes", " Yes please ");

    @ParameterizedTest
    @ValueSource(strings = {"Yes", "yes", "YES", "true", "TRUE", "True", "1", "Y", "y", "on", "ON", "checked",
        "Checked", "x", "X", " Yes "})
    void readsTrue(String text) {
        assertEquals(Boolean.TRUE, Booleans.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"No", "no", "NO", "false", "FALSE", "False", "0", "N", "n", "off", "Off", "\tfalse "})
    void readsFalse(String text) {
        assertEquals(Boolean.FALSE, Booleans.parse(text));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "N/A", "n/a", "null", "NULL", "-"})
    void readsBlankAsNoValue(String text) {
        assertNull(Booleans.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "2", "-1", "yess", "t", "f", "unchecked", "Yes!", "0.0"})
    void refusesAnythingElse(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Booleans.parse(text));
        assertEquals("\"" + text + "\" is not a yes/no value (expected Yes, No, true, false, 1 or 0)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yes", "yes", " YES ", "Yes please", "yes PLEASE"})
    void recognisesConfiguredYesValues(String text) {
        assertEquals(Boolean.TRUE, Booleans.isYes(text, YES_VALUES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"No", "Not now", "Yes, but only events", "true", "1"})
    void readsAnyOtherAnswerAsNo(String text) {
        assertEquals(Boolean.FALSE, Booleans.isYes(text, YES_VALUES));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "N/A"})
    void readsAnUnansweredQuestionAsNoValue(String text) {
        assertNull(Booleans.isYes(text, YES_VALUES));
    }

    @Test
    void answersNoWhenNothingIsConfiguredAsYes() {
        assertEquals(Boolean.FALSE, Booleans.isYes("Yes", List.of()));
    }
}
