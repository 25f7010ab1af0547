package dev.crosswalk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A source counts as the longest listed system it is named after; one the list does not name comes last. */
class SourcePrecedenceTest {

    private final SourcePrecedence precedence = new SourcePrecedence(Map.of(
            FieldGroup.NAME, List.of("zoho", "kajabi-member", "kajabi"),
            FieldGroup.ADDRESS, List.of("paypal")));

    @Test
    void aSourceRanksAsTheSystemItIsNamedAfter() {
        assertEquals(0, precedence.rank(FieldGroup.NAME, "zoho"));
        assertEquals(0, precedence.rank(FieldGroup.NAME, "zoho-leads"));
        assertEquals(2, precedence.rank(FieldGroup.NAME, "kajabi"));
        assertEquals(2, precedence.rank(FieldGroup.NAME, "kajabi-subscribed"));
    }

    @Test
    void theLongestListedNameThatMatchesWins() {
        assertEquals(1, precedence.rank(FieldGroup.NAME, "kajabi-member"));
        assertEquals(1, precedence.rank(FieldGroup.NAME, "kajabi-member-export"));
    }

    @Test
    void aNameThatOnlyBeginsLikeASystemIsNotThatSystem() {
        assertEquals(3, precedence.rank(FieldGroup.NAME, "zohobooks"));
        assertEquals(3, precedence.rank(FieldGroup.NAME, "kajabix"));
        assertEquals(3, precedence.rank(FieldGroup.NAME, "zoh"));
    }

    @Test
    void eachGroupHasItsOwnOrderAndAnUnlistedGroupRanksEverySourceAlike() {
        assertEquals(0, precedence.rank(FieldGroup.ADDRESS, "paypal-de"));
        assertEquals(1, precedence.rank(FieldGroup.ADDRESS, "zoho"));
        SourcePrecedence addressOnly = new SourcePrecedence(Map.of(FieldGroup.ADDRESS, List.of("paypal")));
        assertEquals(0, addressOnly.rank(FieldGroup.NAME, "zoho"));
        assertEquals(0, addressOnly.rank(FieldGroup.NAME, "kajabi"));
    }
}
