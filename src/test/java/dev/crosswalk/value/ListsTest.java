package dev.crosswalk.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListsTest {

    @Test
    void splitsKajabiProductsAndTags() {
        assertEquals(List.of("quiz", "Bali 2027 Attendee"), Lists.commaSeparated("quiz, Bali 2027 Attendee"));
    }

    @Test
    void acceptsCommasWithoutSpaces() {
        assertEquals(List.of("quiz", "Bali 2027 Attendee"), Lists.commaSeparated("quiz,Bali 2027 Attendee"));
    }

    @Test
    void dropsBlanksAndRepeatsKeepingTheOrder() {
        assertEquals(List.of("b", "a", "c"), Lists.commaSeparated(" b, a ,, b,c, a ,"));
    }

    @Test
    void keepsItemsThatDifferOnlyInCase() {
        assertEquals(List.of("VIP", "vip"), Lists.commaSeparated("VIP, vip"));
    }

    @Test
    void splitsZohoTagsOnCommasAndSemicolons() {
        assertEquals(List.of("VIP", "Newsletter", "Retreat 2026"),
                Lists.commaOrSemicolonSeparated("VIP; Newsletter, Retreat 2026;VIP"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "N/A", " , ,"})
    void readsABlankCellAsNoItems(String text) {
        assertEquals(List.of(), Lists.commaSeparated(text));
        assertEquals(List.of(), Lists.commaOrSemicolonSeparated(text));
        assertEquals(List.of(), Lists.mailchimpTags(text));
        assertEquals(List.of(), Lists.mailchimpGroups(text));
    }

    @Test
    void readsQuotedMailchimpTags() {
        assertEquals(List.of("VIP", "Blog"), Lists.mailchimpTags("\"VIP\",\"Blog\""));
    }

    @Test
    void keepsACommaInsideAQuotedTag() {
        assertEquals(List.of("Bali, 2027", "VIP"), Lists.mailchimpTags("\"Bali, 2027\", \"VIP\""));
    }

    @Test
    void readsASingleQuotedTag() {
        assertEquals(List.of("VIP"), Lists.mailchimpTags("\"VIP\""));
    }

    @Test
    void dropsEmptyAndRepeatedQuotedTags() {
        assertEquals(List.of("VIP", "Blog"), Lists.mailchimpTags("\"VIP\",\"\",\" Blog \",\"VIP\""));
    }

    /** Every form Mailchimp has written a TAGS cell in, as the cell reads after CSV unquoting. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\"Newsletter Subscribers\",\"Discount Seekers\"   | Newsletter Subscribers/Discount Seekers",
        "\"Newsletter Subscribers\";\"Discount Seekers\"   | Newsletter Subscribers/Discount Seekers",
        "\"Newsletter Subscribers\" ; \"Discount Seekers\" | Newsletter Subscribers/Discount Seekers",
        "\"A; B\";\"C, D\"                               | A; B/C, D",
        "Newsletter Subscribers, Discount Seekers        | Newsletter Subscribers/Discount Seekers",
        "Newsletter Subscribers; Discount Seekers        | Newsletter Subscribers/Discount Seekers",
        "Newsletter Subscribers                          | Newsletter Subscribers",
        "\"Newsletter Subscribers\"                      | Newsletter Subscribers",
    })
    void readsEveryTagFormMailchimpWrites(String cell, String tags) {
        assertEquals(List.of(tags.split("/")), Lists.mailchimpTags(cell));
    }

    @Test
    void toleratesPlainMailchimpTags() {
        assertEquals(List.of("VIP", "Blog"), Lists.mailchimpTags("VIP, Blog"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"VIP\" Blog", "\"VIP\",Blog", "\"VIP", "\"VIP\",,\"Blog\"", "\"VIP\"\"Blog\""})
    void refusesABrokenQuotedTagList(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Lists.mailchimpTags(text));
        assertEquals("\"" + text + "\" is not a Mailchimp tag list (expected e.g. \"VIP\",\"Blog\")", e.getMessage());
    }

    @Test
    void keepsAnEscapedCommaInsideAMailchimpGroup() {
        assertEquals(List.of("INDIE, EGYPT", "Other"), Lists.mailchimpGroups("INDIE\\, EGYPT,Other"));
    }

    @Test
    void splitsMailchimpGroupsOnPlainCommas() {
        assertEquals(List.of("Workshops", "Retreats", "News"), Lists.mailchimpGroups("Workshops, Retreats,News"));
    }

    @Test
    void keepsABackslashThatEscapesNothing() {
        assertEquals(List.of("A\\B", "C\\"), Lists.mailchimpGroups("A\\B,C\\"));
    }
}
