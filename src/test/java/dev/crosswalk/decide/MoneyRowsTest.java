package dev.crosswalk.decide;

import static dev.crosswalk.decide.Chunk.FIRST_NEW_ID;
import static dev.crosswalk.decide.Chunk.KAJABI;
import static dev.crosswalk.decide.Chunk.PAYPAL;
import static dev.crosswalk.decide.Chunk.person;
import static dev.crosswalk.decide.Chunk.stored;
import static dev.crosswalk.decide.MatchingTest.payment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.decide.ChunkPlan.Merge;
import dev.crosswalk.decide.ChunkPlan.WrittenMoney;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.model.SubscriptionData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/sources.md "Money rows: outcomes and audit", and the second payer of a subscription profile. */
class MoneyRowsTest {

    private static final long OWNER = 1;
    private static final long PAYER = 2;
    private static final PayerFacts PAYPAL_ONLY = new PayerFacts("paypal", null, false, false, false, false);

    /**
     * A money row's outcome: its record's (new when inserted, updated when changed, none when the same) unless the
     * contact side made the row new or a conflict.
     */
    @ParameterizedTest(name = "contact side {0}, money record {1} → {2}")
    @CsvSource({
        "UNCHANGED, inserted,  NEW",
        "UNCHANGED, updated,   UPDATED",
        "UNCHANGED, unchanged, UNCHANGED",
        "UPDATED,   unchanged, UPDATED",
        "UPDATED,   inserted,  NEW",
        "NEW,       updated,   NEW",
        "CONFLICT,  inserted,  CONFLICT",
        "CONFLICT,  updated,   CONFLICT",
    })
    void theMoneyRecordDecidesTheRowsOutcomeButAContactConflictStaysAConflict(RowOutcome contact, String record,
            RowOutcome expected) {
        // a first name a person's lock holds: another one is a conflict
        Chunk chunk = new Chunk().contact(new ContactState(OWNER, false, "ann@example.com", "kajabi",
                LockLevel.FULL_LOCK, "person: ann on 2026-01-01", Map.of(ContactField.FIRST_NAME, "Ann"), false,
                false, null, false));
        SourceRecord row = payment(2, switch (contact) {
            case NEW -> "new@example.com";
            default -> "ann@example.com";
        }, null);
        switch (contact) {
            case UPDATED -> row.contact().tags(List.of("donor"));
            case CONFLICT -> row.contact().field(ContactField.FIRST_NAME, "Anna");
            default -> { }
        }
        ChunkPlan plan = chunk.row(row).decide(Chunk.decider(KAJABI));
        assertEquals(contact, plan.outcomes(Map.of()).get(2L));
        Map<Long, WrittenMoney> written = record.equals("unchanged") ? Map.of()
                : Map.of(2L, new WrittenMoney("transactions", 40, "TX2", record.equals("inserted")));

        assertEquals(Map.of(2L, expected), plan.outcomes(written));
        long contactId = plan.contactIds().get(2L);
        assertEquals(record.equals("unchanged") ? List.of() : List.of("transactions: null → TX2 ("
                + (record.equals("inserted") ? "new" : "updated") + ")"), Chunk.changes(plan, 2).stream()
                .filter(c -> c.startsWith("transactions")).toList());
        assertEquals(contact == RowOutcome.NEW ? FIRST_NEW_ID : OWNER, contactId);
    }

    private static SourceRecord subscription(long line, String email, String externalId, String profile) {
        return new SourceRecord(line, person(email), null, new SubscriptionData(externalId, "active", null, "USD",
                "month", null, "PayPal", profile, null, null, null, null, null));
    }

    private static Chunk ownerAndPayer() {
        return new Chunk().contact(stored(OWNER, LockLevel.UNLOCKED, "ann@example.com", Map.of()))
                .contact(new ContactState(PAYER, false, "ann.pays@example.org", "paypal", LockLevel.UNLOCKED, null,
                        Map.of(), false, false, null, false));
    }

    @Test
    void aPayerKnownOnlyToPayPalIsMergedIntoTheSubscriptionsContact() {
        ChunkPlan plan = ownerAndPayer().subscriptionPaidBy("S1", null, null, PAYER).payer(PAYER, PAYPAL_ONLY)
                .row(subscription(2, "ann@example.com", "S1", "I-8RXL")).decide(Chunk.decider(KAJABI));

        assertEquals(List.of(new Merge(OWNER, PAYER)), plan.merges());
        assertEquals(List.of(), Chunk.conflicts(plan));
        assertEquals(Map.of(2L, RowOutcome.UNCHANGED), plan.outcomes(Map.of()));
    }

    @Test
    void aPaymentFromAPayPalOnlyContactOfAKnownProfileMergesItToo() {
        ChunkPlan plan = ownerAndPayer().profile("I-8RXL", OWNER).payer(PAYER, PAYPAL_ONLY)
                .row(payment(2, "ann.pays@example.org", "I-8RXL")).decide(Chunk.decider(PAYPAL));

        assertEquals(Map.of(2L, PAYER), plan.contactIds());
        assertEquals(List.of(new Merge(OWNER, PAYER)), plan.merges());
    }

    @Test
    void aPayerTheChunkItselfCreatedFromPayPalAloneIsMerged() {
        ChunkPlan plan = new Chunk().contact(stored(OWNER, LockLevel.UNLOCKED, "ann@example.com", Map.of()))
                .profile("I-8RXL", OWNER).row(payment(2, "ann.pays@example.org", null))
                .row(payment(3, "ann.pays@example.org", "I-8RXL")).decide(Chunk.decider(PAYPAL));

        assertEquals(Map.of(2L, FIRST_NEW_ID, 3L, FIRST_NEW_ID), plan.contactIds());
        assertEquals(List.of(new Merge(OWNER, FIRST_NEW_ID)), plan.merges());
    }

    /** A payer anything but PayPal payments knows is a person to ask about: an AMBIGUOUS suggestion instead. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        "created by another source,     kajabi, -,                      false, false, false, false",
        "locked by a person,            paypal, locked by Sam,          false, false, false, false",
        "an email from another source,  paypal, -,                      true,  false, false, false",
        "an id,                         paypal, -,                      false, true,  false, false",
        "a tag,                         paypal, -,                      false, false, true,  false",
        "a payment in another source,   paypal, -,                      false, false, false, true",
    })
    void aPayerKnownElsewhereIsLeftToAReviewer(String known, String sourceSystem, String lockReason,
            boolean email, boolean identity, boolean tag, boolean payment) {
        ChunkPlan plan = ownerAndPayer().subscriptionPaidBy("S1", OWNER, "I-8RXL", PAYER)
                .payer(PAYER, new PayerFacts(sourceSystem, lockReason, email, identity, tag, payment))
                .row(subscription(2, "ann@example.com", "S1", null)).decide(Chunk.decider(KAJABI));

        assertEquals(List.of(), plan.merges());
        assertEquals(List.of("line 2 contact 1 contact AMBIGUOUS: contacts 1, 2 / pays subscription profile I-8RXL"),
                Chunk.conflicts(plan));
        assertEquals(Map.of(2L, RowOutcome.CONFLICT), plan.outcomes(Map.of()));
        assertEquals(Map.of("AMBIGUOUS", 1L), plan.figures().conflictsByReason());
    }

    @Test
    void aLockTheClassifierSetDoesNotStopTheMerge() {
        ChunkPlan plan = ownerAndPayer().subscriptionPaidBy("S1", null, null, PAYER)
                .payer(PAYER, new PayerFacts("paypal", "auto: paid 3 times", false, false, false, false))
                .row(subscription(2, "ann@example.com", "S1", "I-8RXL")).decide(Chunk.decider(KAJABI));

        assertEquals(List.of(new Merge(OWNER, PAYER)), plan.merges());
    }

    @Test
    void aPairIsSuggestedOnceOnTheFirstLineThatRevealsIt() {
        PayerFacts known = new PayerFacts("kajabi", null, true, true, false, false);
        ChunkPlan plan = ownerAndPayer().profile("I-8RXL", OWNER).payer(PAYER, known)
                .row(payment(4, "ann.pays@example.org", "I-8RXL")).row(payment(9, "ann.pays@example.org", "I-8RXL"))
                .decide(Chunk.decider(PAYPAL));

        assertEquals(List.of("line 4 contact 1 contact AMBIGUOUS: contacts 1, 2 / pays subscription profile I-8RXL"),
                Chunk.conflicts(plan));
        assertEquals(RowOutcome.CONFLICT, plan.outcomes(Map.of()).get(4L));

        ChunkPlan again = ownerAndPayer().profile("I-8RXL", OWNER).payer(PAYER, known).suggested("contacts 1, 2")
                .row(payment(4, "ann.pays@example.org", "I-8RXL")).decide(Chunk.decider(PAYPAL));
        assertEquals(List.of(), Chunk.conflicts(again));
    }
}
