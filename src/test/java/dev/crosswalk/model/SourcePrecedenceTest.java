package dev.crosswalk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A source counts as the longest listed system it is named after; one the list does not name comes last. */
class SourcePrecedenceTest {

    private static final SourcePrecedence PRECEDENCE = new SourcePrecedence(Map.of(
            FieldGroup.NAME, List.of("zoho", "kajabi-member", "kajabi"),
            FieldGroup.ADDRESS, List.of("paypal")));

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        // the system a source is named after
        "NAME, zoho, 0",
        "NAME, zoho-leads, 0",
        "NAME, kajabi, 2",
        "NAME, kajabi-subscribed, 2",
        // the longest listed name that matches
        "NAME, kajabi-member, 1",
        "NAME, kajabi-member-export, 1",
        // a name that only begins like a system is not that system
        "NAME, zohobooks, 3",
        "NAME, kajabix, 3",
        "NAME, zoh, 3",
        // each group has its own order
        "ADDRESS, paypal-de, 0",
        "ADDRESS, zoho, 1"})
    void aSourceRanksAsTheLongestListedSystemItIsNamedAfter(FieldGroup group, String source, int rank) {
        assertEquals(rank, PRECEDENCE.rank(group, source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zoho", "kajabi"})
    void aGroupWithoutAnOrderRanksEverySourceAlike(String source) {
        SourcePrecedence addressOnly = new SourcePrecedence(Map.of(FieldGroup.ADDRESS, List.of("paypal")));
        assertEquals(0, addressOnly.rank(FieldGroup.NAME, source));
    }
}
