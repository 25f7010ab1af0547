package dev.crosswalk.decide;

import static dev.crosswalk.decide.Chunk.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.consent.ConsentRules;
import dev.crosswalk.decide.ChangeSet.Conflict;
import dev.crosswalk.decide.ChunkPlan.Merge;
import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.FieldSource;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.source.ConsentRole;
import dev.crosswalk.source.SourceDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/values.md "One person, whatever came first": a row whose keys reach several contacts merges them, and the
 * contact kept is the one the order where that row came first makes; unless a person said they are different
 * people, then the row is AMBIGUOUS. No database.
 */
class OnePersonTest {

    private static final SourceDefinition ZOHO = Chunk.source("zoho", LockLevel.UNLOCKED, ConsentRole.AUTHORITATIVE);
    private static final long ANN = 1;
    private static final long ANNA = 2;
    private static final Instant DAY = Instant.parse("2026-01-01T12:00:00Z");

    /** A row of {@code email} whose data was true on day {@code day}, with a city and an observed consent. */
    private static ContactData row(String email, int day, String city, Boolean subscribed) {
        ContactData data = person(email).evidenceAt(DAY.plusSeconds(86_400L * day));
        if (city != null) {
            data.field(ContactField.CITY, city);
        }
        if (subscribed != null) {
            data.consent(new ConsentObservation(subscribed, DAY.plusSeconds(86_400L * day)));
        }
        return data;
    }

    /** The same person's row naming both addresses (a Zoho primary and secondary email). */
    private static ContactData both(int day, String city, Boolean subscribed) {
        return row("ann@example.com", day, city, subscribed).email("ann@work.example", "ann@work.example",
                "additional");
    }

    /** What an order of rows in one chunk leaves: the one contact (field, subscription) and its questions. */
    private record Outcome(String city, FieldSource cityFrom, boolean subscribed, boolean isProtected,
            List<String> questions) {
    }

    private static Outcome decide(List<ContactData> rows) {
        Chunk chunk = new Chunk();
        for (int i = 0; i < rows.size(); i++) {
            chunk.row(new SourceRecord(i + 2, rows.get(i)));
        }
        ChunkPlan plan = chunk.decide(Chunk.decider(ZOHO));
        long kept = plan.contactIds().get((long) rows.size() + 1);
        ContactState one = plan.changes().createdContacts().stream().filter(c -> c.id() == kept).findFirst()
                .orElseThrow();
        List<String> questions = new ArrayList<>();
        for (Conflict k : plan.changes().conflicts()) {
            questions.add(k.field() + " " + k.reason() + ": " + k.currentValue() + " / " + k.incomingValue());
        }
        plan.contactIds().values().forEach(id -> assertEquals(kept, plan.survivor(id), "every row is the person's"));
        return new Outcome(one.value(ContactField.CITY), one.source(ContactField.CITY), one.subscribed(),
                one.isProtected(), questions);
    }

    /**
     * Ann's rows of each address, and the row naming both, in every order (the last row reaching the contact the
     * others made, or the first making one contact of both): the same contact, the same questions.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
        "latest evidence wins, whichever contact held it | Perth | 1 | Sydney | 3 | - | 2 | Sydney | false | false | -",
        "a blank of the kept contact is filled | - | 1 | Sydney | 3 | - | 2 | Sydney | false | false | -",
        "the row naming both has the newest city | Perth | 1 | Sydney | 2 | Hobart | 3 | Hobart | false | false | -",
        "an older city of the row naming both changes nothing | Perth | 1 | Sydney | 3 | Hobart | 2 | Sydney | false | false | -",
    })
    void theContactKeptIsTheOneTheOtherOrderMakes(String rule, String cityA, int dayA, String cityB, int dayB,
            String cityBoth, int dayBoth, String city, boolean subscribed, boolean isProtected, String question) {
        ContactData a = row("ann@example.com", dayA, cityA, null);
        ContactData b = row("ann@work.example", dayB, cityB, null);
        ContactData ab = both(dayBoth, cityBoth, null);
        assertEveryOrder(a, b, ab, city, subscribed, isProtected, question);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
        "an opt-in of one address and a later opt-out of the other: a question, asked once | true | 1 | false | 3 | true | true | email_subscribed PROTECTED_OPT_IN: true / false",
        "an opt-out before the opt-in: subscribed | false | 1 | true | 3 | true | true | -",
        "an opt-in of one address only | true | 1 | - | 3 | true | true | -",
    })
    void theSubscriptionIsTheOneTheEvidenceOfBothMakes(String rule, Boolean subscribedA, int dayA,
            Boolean subscribedB, int dayB, boolean subscribed, boolean isProtected, String question) {
        ContactData a = row("ann@example.com", dayA, null, subscribedA);
        ContactData b = row("ann@work.example", dayB, null, subscribedB);
        ContactData ab = both(2, null, null);
        assertEveryOrder(a, b, ab, null, subscribed, isProtected, question);
    }

    /**
     * Each order of {@code a}, {@code b} and the row naming both leaves the same contact, whose city and
     * subscription are the expected ones, and asks the same questions (the expected one, or none).
     */
    private static void assertEveryOrder(ContactData a, ContactData b, ContactData ab, String city,
            boolean subscribed, boolean isProtected, String question) {
        Outcome first = null;
        for (List<ContactData> order : List.of(List.of(a, b, ab), List.of(ab, a, b), List.of(a, ab, b),
                List.of(b, a, ab), List.of(b, ab, a))) {
            Outcome outcome = decide(order);
            assertEquals(new Outcome(city, outcome.cityFrom(), subscribed, isProtected,
                    question == null ? List.of() : List.of(question)), outcome);
            if (first == null) {
                first = outcome;
            }
            assertEquals(first, outcome, "the city's provenance too");
        }
    }

    /** Ann (ann@example.com) and Anna (ann@work.example), stored, as {@code who} left them. */
    private static Chunk annAndAnna(String who) {
        Chunk chunk = new Chunk();
        for (long id : new long[] {ANN, ANNA}) {
            String email = id == ANN ? "ann@example.com" : "ann@work.example";
            boolean locked = who.equals("a person's lock") && id == ANNA;
            ContactState contact = new ContactState(id, false, email, "kajabi",
                    locked ? LockLevel.PARTIAL_LOCK : who.equals("a classified lock") ? LockLevel.FULL_LOCK
                            : LockLevel.UNLOCKED,
                    locked ? "person: checked by hand" : who.equals("a classified lock") ? "auto: paying customer"
                            : null,
                    Map.of(ContactField.CITY, id == ANN ? "Perth" : "Sydney"), false, false, null, false);
            contact.sourceLoaded(ContactField.CITY, new FieldSource("kajabi", DAY.plusSeconds(id),
                    who.equals("a person's value") && id == ANN, false));
            chunk.contact(contact);
        }
        if (who.equals("a person kept them apart")) {
            chunk.keptApart(ANN, ANNA);
        }
        return chunk;
    }

    @ParameterizedTest(name = "{0}: merged {1}")
    @CsvSource(delimiter = '|', value = {
        "nothing said | true",
        "a classified lock | true",
        "a person's lock | false",
        "a person's value | false",
        "a person kept them apart | false",
    })
    void onlyAPersonsDecisionKeepsTwoContactsTheRowNamesApart(String who, boolean merged) {
        Chunk chunk = annAndAnna(who);
        ChunkPlan plan = chunk.row(2, both(5, null, null)).row(3, row("ann@work.example", 6, "Hobart", null))
                .decide(Chunk.decider(ZOHO));

        if (merged) {
            assertEquals(List.of(new Merge(ANN, ANNA)), plan.merges());
            assertEquals(Map.of(2L, ANN, 3L, ANN), plan.contactIds(), "the later row reaches the contact kept");
            assertEquals(Map.of(2L, RowOutcome.UPDATED, 3L, RowOutcome.UPDATED), plan.outcomes(Map.of()));
            assertEquals("Hobart", chunk.contact(ANN).value(ContactField.CITY));
            assertEquals(List.of("city: Perth → Sydney (applied)",
                    "contact: contact 2 → contact 1 (merged: the row names keys of both)"), Chunk.changes(plan, 2));
            assertEquals(List.of(chunk.contact(ANN)), plan.settledByMerges());
            assertEquals(List.of(), Chunk.conflicts(plan));
        } else {
            assertEquals(List.of(), plan.merges());
            assertEquals(Map.of(3L, ANNA), plan.contactIds());
            assertEquals(RowOutcome.CONFLICT, plan.outcomes(Map.of()).get(2L));
            assertEquals(List.of("line 2 contact 1 contact AMBIGUOUS: contacts 1, 2 / ann@example.com"),
                    Chunk.conflicts(plan));
            assertEquals("Perth", chunk.contact(ANN).value(ContactField.CITY));
        }
    }

    @Test
    void theStoredEvidenceOfBothDecidesTheSubscription() {
        // Ann opted in in January (protected); Anna's address was listed unsubscribed in February by another list
        Chunk chunk = annAndAnna("nothing said")
                .consent(ANN, new ConsentRules.Evidence(true, DAY, "kajabi-subscribed", "kajabi", true))
                .consent(ANNA, new ConsentRules.Evidence(false, DAY.plusSeconds(86_400L * 40), "mailchimp-cleaned",
                        "mailchimp", false));
        chunk.contact(ANN).subscription(true, true, "opt-in from kajabi-subscribed");
        ChunkPlan plan = chunk.row(2, both(50, null, null)).decide(Chunk.decider(ZOHO));

        assertEquals(List.of(new Merge(ANN, ANNA)), plan.merges());
        assertEquals(false, chunk.contact(ANN).subscribed(), "the later opt-out of another list applies");
        assertEquals(List.of(chunk.contact(ANN)), plan.settledByMerges());
        assertEquals(List.of("city: Perth → Sydney (applied)", "email_subscribed: true → false (applied)",
                "subscription_protected: true → false (applied)",
                "contact: contact 2 → contact 1 (merged: the row names keys of both)"), Chunk.changes(plan, 2));
    }

    @Test
    void theLowestIdIsKeptWhicheverKeyTheRowNamesFirst() {
        Chunk chunk = annAndAnna("nothing said");
        ChunkPlan plan = chunk.row(2, row("ann@work.example", 5, null, null).email("ann@example.com",
                "ann@example.com", "additional")).decide(Chunk.decider(ZOHO));

        assertEquals(List.of(new Merge(ANN, ANNA)), plan.merges());
        assertEquals(Map.of(2L, ANN), plan.contactIds());
    }

    @Test
    void aContactKeptByOneMergeAndMergedByTheNextIsMergedInOrderAndSettledOnce() {
        Chunk chunk = annAndAnna("nothing said").contact(new ContactState(3, false, "ann@home.example", "kajabi",
                LockLevel.UNLOCKED, null, Map.of(), false, false, null, false));
        ChunkPlan plan = chunk.row(2, row("ann@work.example", 5, null, null).email("ann@home.example",
                "ann@home.example", "additional"))
                .row(3, row("ann@example.com", 5, null, null).email("ann@home.example", "ann@home.example",
                        "additional"))
                .decide(Chunk.decider(ZOHO));

        assertEquals(List.of(new Merge(ANNA, 3), new Merge(ANN, ANNA)), plan.merges());
        assertEquals(List.of(chunk.contact(ANN)), plan.settledByMerges());
        assertEquals("Sydney", chunk.contact(ANN).value(ContactField.CITY), "Anna's later city, through the chain");
    }
}
