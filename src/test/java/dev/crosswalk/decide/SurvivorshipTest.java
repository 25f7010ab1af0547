package dev.crosswalk.decide;

import static dev.crosswalk.decide.Chunk.KAJABI;
import static dev.crosswalk.decide.Chunk.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.FieldSource;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.protect.Survivorship;
import dev.crosswalk.protect.Survivorship.Observation;
import dev.crosswalk.protect.Survivorship.Verdict;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/values.md: which observation of a field is stored, table by table, without a database. */
class SurvivorshipTest {

    private static final Instant DAY = Instant.parse("2026-11-01T00:00:00Z");
    private static final Survivorship RULES = new Survivorship(Chunk.PRECEDENCE, Chunk.EQUIVALENCE);

    /** "source@day" (a day of November 2026), "+person" for a person's value, "+checkout" for a checkout's view. */
    private static FieldSource source(String spec) {
        String[] parts = spec.strip().split("[@+]");
        int day = Integer.parseInt(parts[1]);
        return new FieldSource(parts[0], DAY.plus(day - 1, ChronoUnit.DAYS), spec.contains("+person"),
                spec.contains("+checkout"));
    }

    @ParameterizedTest(name = "{0} ({1}) offered {2} ({3}) → {4}")
    @CsvSource(nullValues = "-", value = {
        // blanks: filled by anything; a blank offered says nothing
        "-,              -,                  Boulder,        kajabi@1,           REPLACE",
        "-,              -,                  Boulder,        paypal@1+checkout,  REPLACE",
        "Boulder,        kajabi@5,           -,              zoho@9,             KEEP",
        // the latest evidence wins, whichever source
        "Boulder,        kajabi@5,           Denver,         mailchimp@6,        REPLACE",
        "Boulder,        kajabi@5,           Denver,         zoho@4,             KEEP",
        // the same time: the precedence (manual, zoho, kajabi, ticket-tailor, paypal, mailchimp)
        "Boulder,        kajabi@5,           Denver,         zoho@5,             REPLACE",
        "Boulder,        zoho@5,             Denver,         kajabi@5,           KEEP",
        "Boulder,        kajabi@5,           Denver,         kajabi-subscribed@5, REPLACE",
        "Boulder,        kajabi@5,           Denver,         unknown@5,          KEEP",
        // the same time and source: the greater text
        "Pat,            manual@5,           Patricia,       manual@5,           REPLACE",
        "Patricia,       manual@5,           Pat,            manual@5,           KEEP",
        // a checkout yields to every other source, whatever its time; among checkouts the rules hold
        "Boulder,        mailchimp@1,        Denver,         paypal@30+checkout, KEEP",
        "Boulder,        paypal@1+checkout,  Denver,         mailchimp@1,        REPLACE",
        "Boulder,        paypal@1+checkout,  Denver,         paypal@2+checkout,  REPLACE",
        // equivalent spellings: the higher rank brings its form, the lower changes nothing
        "303-555-2656,   kajabi@5,           1 303-555-2656, zoho@6,             REPLACE",
        "303-555-2656,   kajabi@5,           1 303-555-2656, zoho@4,             KEEP",
        "Boulder,        kajabi@5,           Boulder,        kajabi@6,           RESTATE",
        // a person's value: never replaced; newer evidence that says otherwise asks the person once
        "Louisville,     review@10+person,   Superior,       kajabi@11,          CONTRADICTS_PERSON",
        "Louisville,     review@10+person,   Superior,       kajabi@9,           KEEP",
        "Louisville,     review@10+person,   LOUISVILLE,     kajabi@11,          KEEP",
        "Louisville,     review@10+person,   Superior,       paypal@30+checkout, KEEP",
    })
    void theGreatestObservationIsStored(String current, String held, String incoming, String offered,
            Verdict expected) {
        assertEquals(expected, RULES.judge(field(current, incoming), current, held == null ? null : source(held),
                incoming, source(offered), "United States"));
    }

    private static ContactField field(String current, String incoming) {
        String any = current != null ? current : incoming;
        return any != null && any.matches("[0-9 -]+") ? ContactField.PHONE : ContactField.CITY;
    }

    /** Folding observations in any order ends on the same one: the order is total, the stored one its maximum. */
    @Test
    void anyArrivalOrderEndsOnTheSameValueAndForm() {
        List<Observation> observations = List.of(
                new Observation("303-555-2656", source("kajabi@5")),
                new Observation("1 303-555-2656", source("zoho@5")),
                new Observation("+1 303 555 2656", source("mailchimp@5")),
                new Observation("720-555-0100", source("paypal@20+checkout")),
                new Observation("303.555.2656", source("kajabi-subscribed@5")),
                new Observation("720-555-0199", source("mailchimp@3")));
        Random random = new Random(7);
        String first = null;
        for (int run = 0; run < 50; run++) {
            List<Observation> order = new ArrayList<>(observations);
            Collections.shuffle(order, random);
            String value = null;
            FieldSource from = null;
            for (Observation o : order) {
                Verdict v = RULES.judge(ContactField.PHONE, value, from, o.value(), o.source(), "United States");
                if (v == Verdict.REPLACE || v == Verdict.RESTATE) {
                    value = o.value();
                    from = o.source();
                }
            }
            first = first == null ? value : first;
            assertEquals(first, value, "order " + order);
        }
        // the same evidence time: zoho is trusted most, and its spelling is stored
        assertEquals("1 303-555-2656", first);
    }

    /** A proposal the person declined (a kept conflict) is not asked again, in any spelling. */
    @Test
    void aDeclinedProposalIsNotAskedAgain() {
        ContactState ann = new ContactState(1, false, "ann@example.com", "kajabi", LockLevel.UNLOCKED, null,
                Map.of(ContactField.CITY, "Louisville", ContactField.PHONE, "303-555-0100"), false, false, null,
                false);
        ann.sourceLoaded(ContactField.CITY, new FieldSource("review", DAY, true, false));
        ann.sourceLoaded(ContactField.PHONE, new FieldSource("review", DAY, true, false));
        ChunkPlan plan = new Chunk().contact(ann).declined(1, ContactField.CITY, "Superior")
                .row(2, person("ann@example.com").field(ContactField.CITY, "SUPERIOR")
                        .field(ContactField.PHONE, "303-555-0199"))
                .decide(Chunk.decider(KAJABI));

        assertEquals(List.of("line 2 contact 1 phone LOCKED: 303-555-0100 / 303-555-0199"), Chunk.conflicts(plan));
        assertEquals("Louisville", ann.value(ContactField.CITY));
        assertEquals("kajabi", plan.changes().conflicts().get(0).source());
        assertEquals(Chunk.EXPORTED, plan.changes().conflicts().get(0).evidenceAt());
    }

    /** A blank of a contact a person set to FULL_LOCK, with approval asked: one question per field and batch. */
    @Test
    void fillsAwaitingApprovalAreAskedOncePerFieldAndBatch() {
        ContactState ann = new ContactState(1, false, "ann@example.com", "kajabi", LockLevel.FULL_LOCK,
                "person: ann on 2026-01-01", Map.of(), false, false, null, false);
        ChunkDecider decider = Chunk.decider(KAJABI, true, false);
        ChunkPlan plan = new Chunk().contact(ann)
                .row(2, person("ann@example.com").field(ContactField.CITY, "Boulder"))
                .row(3, person("ann@example.com").field(ContactField.CITY, "Denver"))
                .decide(decider);

        assertEquals(List.of("line 2 contact 1 city FILL_BLANK: null / Boulder"), Chunk.conflicts(plan));
        assertEquals(null, ann.value(ContactField.CITY));
    }
}
