package dev.crosswalk.decide;

import static dev.crosswalk.decide.Chunk.FIRST_NEW_ID;
import static dev.crosswalk.decide.Chunk.KAJABI;
import static dev.crosswalk.decide.Chunk.PAYPAL;
import static dev.crosswalk.decide.Chunk.person;
import static dev.crosswalk.decide.Chunk.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.model.ContactData;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.model.TransactionData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** docs/importing.md "Match": which contact each row reaches, decided with no database. */
class MatchingTest {

    private static final long ANN = 1;
    private static final long BEN = 2;

    /** Ann (kajabi id 11, ann@example.com and ann@work.example) and Ben (ben@example.com) are stored. */
    private static Chunk annAndBen() {
        return new Chunk().contact(stored(ANN, LockLevel.UNLOCKED, "ann@example.com", Map.of()))
                .contact(stored(BEN, LockLevel.UNLOCKED, "ben@example.com", Map.of()))
                .email("ann@work.example", ANN).identity("kajabi", "11", ANN);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("its primary email", person("ann@example.com"), ANN, RowOutcome.UNCHANGED),
                Arguments.of("any email ever known, not only the primary", person("x@new.example")
                        .email("ann@work.example", "Ann@Work.example", "additional"), ANN, RowOutcome.UPDATED),
                Arguments.of("its source id, whatever the email", person("someone@new.example")
                        .identity("kajabi", "11"), ANN, RowOutcome.UPDATED),
                Arguments.of("an id of another source is another key", person("someone@new.example")
                        .identity("zoho", "11"), FIRST_NEW_ID, RowOutcome.NEW),
                Arguments.of("nothing known: a new contact", person("new@example.com"), FIRST_NEW_ID,
                        RowOutcome.NEW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aRowMatchesByAnyOfItsKeys(String rule, ContactData data, long contact, RowOutcome outcome) {
        ChunkPlan plan = annAndBen().row(2, data).decide(Chunk.decider(KAJABI));

        assertEquals(Map.of(2L, contact), plan.contactIds());
        assertEquals(Map.of(2L, outcome), plan.outcomes(Map.of()));
    }

    @Test
    void keysPointingAtTwoContactsOneLockedByAPersonAreAmbiguousAndChangeNothing() {
        // Ben's lock is a person's: the contacts are not merged without that person (decide/OnePerson)
        ChunkPlan plan = annAndBen().contact(new ContactState(BEN, false, "ben@example.com", "kajabi",
                LockLevel.PARTIAL_LOCK, "person: checked by hand", Map.of(), false, false, null, false))
                .row(2, person("ben@example.com").identity("kajabi", "11")
                .field(ContactField.FIRST_NAME, "Benjamin")).decide(Chunk.decider(KAJABI));

        assertEquals(Map.of(2L, RowOutcome.CONFLICT), plan.outcomes(Map.of()));
        assertEquals(Map.of(), plan.contactIds());
        assertEquals(List.of("line 2 contact 1 contact AMBIGUOUS: contacts 1, 2 / ben@example.com"),
                Chunk.conflicts(plan));
        assertEquals(List.of("contact: contacts 1, 2 → ben@example.com (refused: AMBIGUOUS)"),
                Chunk.changes(plan, 2));
        assertEquals(Map.of("AMBIGUOUS", 1L), plan.figures().conflictsByReason());
    }

    @Test
    void rowsOfOneChunkMatchEachOtherInFileOrder() {
        ChunkPlan plan = new Chunk().row(2, person("ana@example.test").field(ContactField.FIRST_NAME, "Ana"))
                .row(3, person("ANA@example.test").identity("kajabi", "77"))
                .row(4, new ContactData().evidenceAt(Chunk.EXPORTED).identity("kajabi", "77").field(ContactField.LAST_NAME, "Lee"))
                .decide(Chunk.decider(KAJABI));

        assertEquals(Map.of(2L, FIRST_NEW_ID, 3L, FIRST_NEW_ID, 4L, FIRST_NEW_ID), plan.contactIds());
        assertEquals(List.of(RowOutcome.NEW, RowOutcome.UPDATED, RowOutcome.UPDATED),
                List.copyOf(plan.outcomes(Map.of()).values()));
        assertEquals(List.of("kajabi: null → 77 (added)"), Chunk.changes(plan, 3));
        assertEquals(List.of("last_name: null → Lee (applied)"), Chunk.changes(plan, 4));
    }

    @Test
    void aKeyHeldByAContactMergedAwayMatchesNobody() {
        // contact 9 was merged away: the loader finds its key but not the contact among the live ones
        ChunkPlan plan = new Chunk().email("gone@example.com", 9).row(2, person("gone@example.com"))
                .decide(Chunk.decider(KAJABI));

        assertEquals(Map.of(2L, FIRST_NEW_ID), plan.contactIds());
        assertEquals(Map.of(2L, RowOutcome.NEW), plan.outcomes(Map.of()));
    }

    @Test
    void aRowOfAnErasedPersonIsSkippedBeforeMatching() {
        ChunkPlan plan = annAndBen().erased(2, "erased on request (2026-01-05)").row(2, person("ann@example.com"))
                .row(3, person("ann@example.com").field(ContactField.CITY, "Oslo")).decide(Chunk.decider(KAJABI));

        assertEquals(List.of(new ChunkPlan.Skipped(2, "erased on request (2026-01-05)")), plan.skipped());
        assertEquals(List.of(3L), plan.rows().stream().map(SourceRecord::line).toList());
        assertEquals(Map.of(3L, ANN), plan.contactIds());
    }

    @Test
    void aPaymentWhoseKeysMatchNobodyBelongsToThePayerOfItsSubscriptionProfile() {
        ChunkPlan plan = annAndBen().profile("I-8RXL", BEN)
                .row(payment(2, "stranger@example.org", "I-8RXL"))
                .row(payment(3, "ann@example.com", "I-8RXL"))
                .decide(Chunk.decider(PAYPAL));

        // the profile only stands in when no key matches: Ann's own email says it is Ann
        assertEquals(Map.of(2L, BEN, 3L, ANN), plan.contactIds());
        assertEquals(List.of("email: null → stranger@example.org (added)"), Chunk.changes(plan, 2));
    }

    static SourceRecord payment(long line, String email, String profile) {
        TransactionData t = new TransactionData("TX" + line, "payment", "Completed", new BigDecimal("10.00"), null,
                null, "USD", Instant.parse("2026-01-01T00:00:00Z"), null, null, null, profile, null, null, null,
                null);
        return new SourceRecord(line, person(email), t, null);
    }
}
