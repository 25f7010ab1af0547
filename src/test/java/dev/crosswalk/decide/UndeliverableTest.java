package dev.crosswalk.decide;

import static dev.crosswalk.decide.Chunk.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.model.LockLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bounce (Mailchimp "cleaned") is a fact about an address: no lock guards it, and any of the contact's addresses
 * counts (which one is the primary is an accident of arrival).
 */
class UndeliverableTest {

    @ParameterizedTest(name = "{0} bounces on a {1} contact: marked {2}")
    @CsvSource({
        "ann@example.com,  FULL_LOCK, true",
        "ANN@example.com,  UNLOCKED,  true",
        "old@example.com,  UNLOCKED,  true",
    })
    void aBounceOfAnyOfItsAddressesMarksTheContact(String bounced, LockLevel lock, boolean marked) {
        Chunk chunk = new Chunk().contact(new ContactState(1, false, "Ann@Example.com", "kajabi", lock, null,
                Map.of(), false, false, null, false)).email("old@example.com", 1);
        ChunkPlan plan = chunk.row(2, person(bounced).undeliverable(true)).decide(Chunk.decider(Chunk.KAJABI));

        assertEquals(marked, chunk.contact(1).undeliverable());
        assertEquals(marked ? List.of("email_undeliverable: false → true (applied)") : List.of(),
                Chunk.changes(plan, 2));
        assertEquals(Map.of(2L, marked ? RowOutcome.UPDATED : RowOutcome.UNCHANGED), plan.outcomes(Map.of()));
    }
}
