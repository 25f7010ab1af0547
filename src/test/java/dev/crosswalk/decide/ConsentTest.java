package dev.crosswalk.decide;

import static dev.crosswalk.decide.Chunk.KAJABI;
import static dev.crosswalk.decide.Chunk.PAYPAL;
import static dev.crosswalk.decide.Chunk.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.consent.ConsentRules;
import dev.crosswalk.decide.ChangeSet.ConsentEvent;
import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.source.SourceDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/importing.md "Consent": what an observed opt-in or opt-out does to a contact's subscription. */
class ConsentTest {

    private static final long ANN = 1;
    private static final Instant JAN = Instant.parse("2026-01-10T12:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-10T12:00:00Z");

    /** Ann at a lock level a person set (a classified level is a label: it guards nothing). */
    private static ContactState ann(LockLevel lock, boolean subscribed, boolean isProtected) {
        return new ContactState(ANN, false, "ann@example.com", "kajabi", lock,
                lock == LockLevel.UNLOCKED ? null : "person: ann on 2026-01-01", Map.of(), subscribed,
                isProtected, isProtected ? "opt-in from kajabi" : null, false);
    }

    /**
     * One observation (at FEB) against a stored contact: the subscription after it, whether it was applied, the
     * reason written to consent_events and the conflict raised ("-" for none).
     */
    @ParameterizedTest(name = "{0}: {1} {2}, protected {3}, observes {4} (auto-honour {5}) → {6}, {8}, {10}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
        "authoritative opt-in applied and protected | UNLOCKED | false | false | true | false | true | true | opt-in applied | - | UPDATED",
        "a newer opt-in restates the protected one | UNLOCKED | true | true | true | false | true | true | already subscribed | - | UNCHANGED",
        "opt-out applied | UNLOCKED | true | false | false | false | false | true | opt-out applied | - | UPDATED",
        "opt-out of a protected opt-in awaits a person | UNLOCKED | true | true | false | false | true | false | protected opt-in: opt-out awaits a decision | PROTECTED_OPT_IN | CONFLICT",
        "auto-honour applies it | UNLOCKED | true | true | false | true | false | true | opt-out applied over a protected opt-in (auto-honoured) | - | UPDATED",
        "a locked opt-in awaits a person | FULL_LOCK | false | false | true | false | false | false | locked: opt-in awaits a decision | LOCKED | CONFLICT",
        "a locked opt-out awaits a person | FULL_LOCK | true | false | false | false | true | false | locked: opt-out awaits a decision | LOCKED | CONFLICT",
        "PARTIAL_LOCK opens the subscription | PARTIAL_LOCK | true | false | false | false | false | true | opt-out applied | - | UPDATED",
        "locked but already subscribed | FULL_LOCK | true | false | true | false | true | false | locked: subscription unchanged | - | UNCHANGED",
    })
    void anAuthoritativeObservation(String rule, LockLevel lock, boolean subscribed, boolean isProtected,
            boolean observed, boolean autoHonour, boolean subscribedAfter, boolean applied, String reason,
            String conflict, RowOutcome outcome) {
        Chunk chunk = new Chunk().contact(ann(lock, subscribed, isProtected));
        ChunkPlan plan = chunk.row(2, person("ann@example.com").consent(new ConsentObservation(observed, FEB)))
                .decide(Chunk.decider(KAJABI, false, autoHonour));

        assertEquals(subscribedAfter, chunk.contact(ANN).subscribed());
        assertEquals(List.of(new ConsentEvent(ANN, "ann@example.com", observed, FEB, applied, reason, true, true, "kajabi")),
                plan.changes().consentEvents());
        assertEquals(conflict == null ? List.of() : List.of("line 2 contact 1 email_subscribed " + conflict + ": "
                + subscribed + " / " + observed), Chunk.conflicts(plan));
        assertEquals(outcome, plan.outcomes(Map.of()).get(2L));
    }

    @Test
    void aClassifiedLockGuardsNoSubscription() {
        Chunk chunk = new Chunk().contact(new ContactState(ANN, false, "ann@example.com", "kajabi",
                LockLevel.FULL_LOCK, "auto: 3 sources (kajabi, mailchimp, zoho)", Map.of(), false, false, null, false));
        ChunkPlan plan = chunk.row(2, person("ann@example.com").consent(new ConsentObservation(true, FEB)))
                .decide(Chunk.decider(KAJABI));

        assertEquals(List.of(), Chunk.conflicts(plan));
        assertEquals(true, chunk.contact(ANN).subscribed());
        assertEquals(true, chunk.contact(ANN).isProtected());
    }

    @Test
    void anOptInIsMarkedProtectedWithWhereItCameFrom() {
        Chunk chunk = new Chunk().contact(ann(LockLevel.UNLOCKED, false, false));
        ChunkPlan plan = chunk.row(2, person("ann@example.com").consent(new ConsentObservation(true, FEB)))
                .decide(Chunk.decider(KAJABI));

        assertEquals("opt-in from kajabi", chunk.contact(ANN).protectedReason());
        assertEquals(List.of("email_subscribed: false → true (applied)", "subscription_protected: false → true (applied)"),
                Chunk.changes(plan, 2));
    }

    @Test
    void anInformationalSourcesObservationIsRecordedOnly() {
        Chunk chunk = new Chunk().contact(ann(LockLevel.UNLOCKED, true, true));
        ChunkPlan plan = chunk.row(2, person("ann@example.com").consent(new ConsentObservation(false, FEB)))
                .row(3, person("new@example.com").consent(new ConsentObservation(true, FEB)))
                .decide(Chunk.decider(PAYPAL));

        assertEquals(true, chunk.contact(ANN).subscribed());
        assertEquals(List.of(new ConsentEvent(ANN, "ann@example.com", false, FEB, false,
                "informational source: recorded only", true, false, "paypal"), new ConsentEvent(Chunk.FIRST_NEW_ID,
                "new@example.com", true, FEB, false, "informational source: recorded only", true, false, "paypal")),
                plan.changes().consentEvents());
        assertEquals(Map.of(2L, RowOutcome.UNCHANGED, 3L, RowOutcome.NEW), plan.outcomes(Map.of()));
        assertEquals(false, plan.changes().createdContacts().get(0).subscribed());
        assertEquals(2, plan.figures().consentObserved());
        assertEquals(0, plan.figures().consentApplied());
    }

    @Test
    void aNewContactTakesAnAuthoritativeOptInProtected() {
        ChunkPlan plan = new Chunk().row(2, person("new@example.com").consent(new ConsentObservation(true, JAN)))
                .decide(Chunk.decider(KAJABI));

        ContactState created = plan.changes().createdContacts().get(0);
        assertEquals(List.of(true, true), List.of(created.subscribed(), created.isProtected()));
        assertEquals("opt-in on creation", plan.changes().consentEvents().get(0).reason());
    }

    @Test
    void anObservationOlderThanTheNewestOneOfTheOtherKindIsRecordedNotApplied() {
        Chunk chunk = new Chunk().contact(ann(LockLevel.UNLOCKED, false, false))
                .consent(ANN, new ConsentRules.Evidence(false, FEB, "mailchimp", "mailchimp", false));
        ChunkPlan plan = chunk.row(2, person("ann@example.com").consent(new ConsentObservation(true, JAN)))
                .decide(Chunk.decider(KAJABI));

        assertEquals(false, chunk.contact(ANN).subscribed());
        assertEquals(List.of(new ConsentEvent(ANN, "ann@example.com", true, JAN, false,
                "older than the opt-out observed 2026-02-10T12:00:00Z", true, true, "kajabi")), plan.changes().consentEvents());
    }

    @ParameterizedTest(name = "the opt-out listed {0}")
    @CsvSource({"first", "last"})
    void evidenceTimeOrderHoldsBetweenRowsOfOneChunk(String where) {
        // one file states a January opt-in and, as of its export in February, an opt-out: in either row order the
        // newer opt-out of the protected opt-in waits for a person
        Chunk chunk = new Chunk().contact(ann(LockLevel.UNLOCKED, false, false));
        ContactData optOut = person("ann@example.com").consent(new ConsentObservation(false, FEB, false));
        ContactData optIn = person("ann@example.com").consent(new ConsentObservation(true, JAN));
        ChunkPlan plan = (where.equals("first") ? chunk.row(2, optOut).row(3, optIn) : chunk.row(2, optIn)
                .row(3, optOut)).decide(Chunk.decider(KAJABI));

        assertEquals(true, chunk.contact(ANN).subscribed());
        assertEquals(1, Chunk.conflicts(plan).size());
        assertEquals(true, Chunk.conflicts(plan).get(0).endsWith("PROTECTED_OPT_IN: true / false"));
    }

    @Test
    void anOptInOlderThanADatedOptOutAlreadyAppliedAsksAsIfItHadComeFirst() {
        // the opt-out came first and applied; the older protected opt-in arriving now is not dropped: a person decides
        Chunk chunk = new Chunk().contact(ann(LockLevel.UNLOCKED, false, false))
                .consent(ANN, new ConsentRules.Evidence(false, FEB, "mailchimp", "mailchimp", true));
        ChunkPlan plan = chunk.row(2, person("ann@example.com").consent(new ConsentObservation(true, JAN, false)))
                .decide(Chunk.decider(KAJABI));

        assertEquals(true, chunk.contact(ANN).subscribed());
        assertEquals(List.of("line 2 contact 1 email_subscribed PROTECTED_OPT_IN: true / false"),
                Chunk.conflicts(plan));
    }

    @Test
    void newerEvidenceAnswersTheOpenQuestion() {
        Chunk chunk = new Chunk().contact(ann(LockLevel.UNLOCKED, true, true))
                .consent(ANN, new ConsentRules.Evidence(true, JAN, "kajabi-subscribed", "kajabi", false))
                .consent(ANN, new ConsentRules.Evidence(false, FEB, "mailchimp", "mailchimp", true));
        ChunkPlan plan = chunk.row(2, person("ann@example.com").consent(new ConsentObservation(true,
                FEB.plusSeconds(60), false))).decide(Chunk.decider(KAJABI));

        assertEquals(List.of(ANN), plan.changes().answeredConsent());
        assertEquals(List.of(), Chunk.conflicts(plan));
    }

    @Test
    void aLockedContactTheFileCreatedTakesTheFilesLaterConsent() {
        SourceDefinition manual = Chunk.MANUAL;
        Chunk chunk = new Chunk();
        ChunkPlan plan = chunk.row(2, person("pat@example.com").consent(new ConsentObservation(true, JAN)))
                .row(3, person("pat@example.com").consent(new ConsentObservation(false, FEB)))
                .decide(Chunk.decider(manual, false, true));

        assertEquals(List.of(), Chunk.conflicts(plan));
        assertEquals(false, plan.changes().createdContacts().get(0).subscribed());
    }
}
