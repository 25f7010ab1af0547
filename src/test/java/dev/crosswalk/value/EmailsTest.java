package dev.crosswalk.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailsTest {

    @Test
    void normalisesTheTicketTailorSpellingToTheMatchingKey() {
        assertEquals("ann.lee@example.com", Emails.normalise(" Ann.Lee@Example.COM. "));
    }

    @Test
    void keepsTheCaseForDisplay() {
        assertEquals("Ann.Lee@Example.COM", Emails.display(" Ann.Lee@Example.COM. "));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "ann@example.com              | ann@example.com",
        "<Ann@Example.com>            | Ann@Example.com",
        "mailto:Ann@Example.com       | Ann@Example.com",
        "MAILTO:ann@example.com       | ann@example.com",
        "<mailto:ann@example.com>     | ann@example.com",
        "ann@example.com;             | ann@example.com",
        "ann@example.com,             | ann@example.com",
        "ann@example.com:             | ann@example.com",
        "ann@example.com.;            | ann@example.com",
        "<ann@example.com>.           | ann@example.com",
        "ann+news@mail.example.co.uk  | ann+news@mail.example.co.uk",
        "o'brien@example.ie           | o'brien@example.ie",
        "ann@exämple.de               | ann@exämple.de",
    })
    void cleansTheWrappingExportsLeave(String text, String expected) {
        assertEquals(expected, Emails.display(text));
    }

    @Test
    void lowerCasesWithoutLocaleSurprises() {
        assertEquals("ivan@example.com", Emails.normalise("IVAN@EXAMPLE.COM"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "N/A", "null", "-"})
    void readsBlankAsNoAddress(String text) {
        assertNull(Emails.normalise(text));
        assertNull(Emails.display(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann", "a@b", "a b@c.com", "@x.com", "ann@", "ann@@example.com", "ann@bob@example.com",
        "ann@example..com", "ann..lee@example.com", ".ann@example.com", "ann.@example.com", "ann@.example.com",
        "ann@exa mple.com", "ann@example.com (Ann)", "Ann Lee <ann@example.com>", "ann@example_mail.com", "mailto:",
        ".", "<>", "ann,lee@example.com"})
    void refusesImplausibleAddresses(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Emails.normalise(text));
        assertEquals("\"" + text + "\" is not an email address (expected e.g. ann.lee@example.com)", e.getMessage());
    }

    @Test
    void refusesAnAddressLongerThan254Characters() {
        String longest = "a".repeat(64) + "@" + "b".repeat(185) + ".com";
        assertEquals(254, longest.length());
        assertEquals(longest, Emails.normalise(longest));
        assertThrows(InvalidValueException.class, () -> Emails.normalise("a" + longest));
    }

    @Test
    void splitsACellWithSeveralAddresses() {
        assertEquals(List.of("ann@example.com", "Bob@Example.org", "carol@example.net", "dave@example.com"),
                Emails.split(" ann@example.com, Bob@Example.org;carol@example.net \n dave@example.com "));
    }

    @Test
    void dropsARepeatedAddressInAnyCase() {
        assertEquals(List.of("Ann@Example.com", "bob@example.com"),
                Emails.split("Ann@Example.com; bob@example.com, ann@example.com"));
    }

    @Test
    void splitsASingleAddressIntoOne() {
        assertEquals(List.of("Ann.Lee@Example.COM"), Emails.split(" Ann.Lee@Example.COM. "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "N/A", " ,; "})
    void splitsABlankCellIntoNothing(String text) {
        assertEquals(List.of(), Emails.split(text));
    }

    @Test
    void refusesACellWithOneBadAddress() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Emails.split("ann@example.com, bob"));
        assertEquals("\"bob\" is not an email address (expected e.g. ann.lee@example.com)", e.getMessage());
    }
}
