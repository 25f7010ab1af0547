package dev.crosswalk.decide;

import static dev.crosswalk.decide.Chunk.FIRST_NEW_ID;
import static dev.crosswalk.decide.Chunk.KAJABI;
import static dev.crosswalk.decide.Chunk.MANUAL;
import static dev.crosswalk.decide.Chunk.person;
import static dev.crosswalk.decide.Chunk.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.crosswalk.decide.ChangeSet.FieldChange;
import dev.crosswalk.decide.ChangeSet.NewEmail;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.EmailAddress;
import dev.crosswalk.model.FieldGroup;
import dev.crosswalk.model.FieldSource;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.protect.LockPolicy;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/importing.md "Protect" and "Several rows for the same person": what a lock level lets an import change. */
class ProtectionTest {

    private static final long ANN = 1;

    /**
     * One row offering one field of a stored contact (a value nothing recorded the provenance of: older than any
     * evidence): stored, or a question with its reason. A level a person set ("person: …", "adopted: …") makes the
     * values of the groups it closes the person's: a contradiction is LOCKED; a level the classifier set ("auto: …")
     * is a label that changes nothing. A blank is filled whatever the level, unless a person's FULL_LOCK asks for
     * approval (FILL_BLANK).
     */
    @ParameterizedTest(name = "{0} ({1}) {2}: {3} → {4}, approve fills {5}: {6}")
    @CsvSource(nullValues = "-", value = {
        "FULL_LOCK,    person: ann on 2026-01-01, FIRST_NAME, Ann,  Anna,   false, LOCKED",
        "FULL_LOCK,    adopted: legacy lock,      CITY,       Oslo, Bergen, false, LOCKED",
        "FULL_LOCK,    auto: 3 sources,           FIRST_NAME, Ann,  Anna,   false, applied",
        "FULL_LOCK,    auto: 3 sources,           FIRST_NAME, -,    Anna,   true,  applied",
        "FULL_LOCK,    person: ann on 2026-01-01, FIRST_NAME, -,    Anna,   false, applied",
        "FULL_LOCK,    person: ann on 2026-01-01, FIRST_NAME, -,    Anna,   true,  FILL_BLANK",
        "PARTIAL_LOCK, person: ann on 2026-01-01, FIRST_NAME, Ann,  Anna,   false, LOCKED",
        "PARTIAL_LOCK, person: ann on 2026-01-01, FIRST_NAME, -,    Anna,   true,  applied",
        "PARTIAL_LOCK, auto: 2 sources,           PHONE,      555 0100, 555 0199, false, applied",
        "UNLOCKED,     person: ann on 2026-01-01, FIRST_NAME, Ann,  Anna,   false, applied",
        "UNLOCKED,     -,                         CITY,       Oslo, Bergen, false, applied",
        "UNLOCKED,     -,                         POSTAL_CODE, -,   0150,   false, applied",
    })
    void onlyAPersonsLockHoldsValuesAgainstImports(LockLevel lock, String lockReason, ContactField field,
            String current, String incoming, boolean approveFills, String expected) {
        Chunk chunk = new Chunk().contact(new ContactState(ANN, false, "ann@example.com", "kajabi", lock, lockReason,
                current == null ? Map.of() : Map.of(field, current), false, false, null, false));
        ChunkPlan plan = chunk.row(2, person("ann@example.com").field(field, incoming))
                .decide(Chunk.decider(KAJABI, approveFills, false));

        String outcome = expected.equals("applied") ? "applied" : "refused: " + expected;
        assertEquals(List.of(field.column() + ": " + current + " → " + incoming + " (" + outcome + ")"),
                Chunk.changes(plan, 2));
        assertEquals(Map.of(2L, expected.equals("applied") ? RowOutcome.UPDATED : RowOutcome.CONFLICT),
                plan.outcomes(Map.of()));
        assertEquals(expected.equals("applied") ? incoming : current, chunk.contact(ANN).value(field));
    }

    @Test
    void aBlankIncomingValueNeverErasesAStoredOne() {
        ContactData blanks = person("ann@example.com").field(ContactField.LAST_NAME, "  ")
                .field(ContactField.CITY, "");
        ChunkPlan plan = new Chunk().contact(stored(ANN, LockLevel.UNLOCKED, "ann@example.com",
                Map.of(ContactField.LAST_NAME, "Lee", ContactField.CITY, "Oslo"))).row(2, blanks)
                .decide(Chunk.decider(KAJABI));

        assertEquals(Map.of(2L, RowOutcome.UNCHANGED), plan.outcomes(Map.of()));
        assertEquals(List.of(), Chunk.changes(plan, 2));
    }

    @Test
    void aRowThatOnlyFillsBlanksFillsThemAndOverwritesNothing() {
        Chunk chunk = new Chunk().contact(stored(ANN, LockLevel.UNLOCKED, "ann@example.com",
                Map.of(ContactField.LAST_NAME, "Lee")));
        ChunkPlan plan = chunk.row(2, person("ann@example.com").field(ContactField.LAST_NAME, "Lee-Smith")
                .field(ContactField.CITY, "Oslo").fillBlanksOnly()).decide(Chunk.decider(KAJABI));

        assertEquals(List.of("city: null → Oslo (applied)"), Chunk.changes(plan, 2));
        assertEquals(List.of(), Chunk.conflicts(plan));
        assertEquals("Lee", chunk.contact(ANN).value(ContactField.LAST_NAME));
    }

    @Test
    void sourceSystemIsNeverOpenEvenWhenTheRulesSaySo() {
        LockPolicy policy = new LockPolicy(Map.of(LockLevel.UNLOCKED, EnumSet.allOf(FieldGroup.class)), false);

        assertFalse(policy.allows(LockLevel.UNLOCKED, FieldGroup.SOURCE_SYSTEM));
    }

    @Test
    void aContactKeepsTheSourceSystemItCameFrom() {
        Chunk chunk = new Chunk().contact(new ContactState(ANN, false, "ann@example.com", "zoho", LockLevel.UNLOCKED,
                null, Map.of(), false, false, null, false));
        ChunkPlan plan = chunk.row(2, person("ann@example.com").field(ContactField.CITY, "Oslo"))
                .decide(Chunk.decider(KAJABI));

        assertEquals(Map.of(2L, RowOutcome.UPDATED), plan.outcomes(Map.of()));
        assertEquals("zoho", chunk.contact(ANN).sourceSystem());
    }

    @Test
    void valuesOnlyWrittenDifferentlyAreNeitherAChangeNorAConflict() {
        ContactState ann = new ContactState(ANN, false, "ann@example.com", "kajabi", LockLevel.FULL_LOCK,
                "person: ann on 2026-01-01", Map.of(ContactField.FIRST_NAME, "José", ContactField.PHONE,
                "+1 303 555 5696", ContactField.COUNTRY, "United States"), false, false, null, false);
        ann.sourceLoaded(ContactField.FIRST_NAME, new FieldSource("review", Chunk.EXPORTED, true, false));
        ann.sourceLoaded(ContactField.PHONE, new FieldSource("zoho", Chunk.EXPORTED, false, false));
        ann.sourceLoaded(ContactField.COUNTRY, new FieldSource("kajabi", Chunk.EXPORTED, false, false));
        ChunkPlan plan = new Chunk().contact(ann).row(2, person("ann@example.com")
                .field(ContactField.FIRST_NAME, "JOSÉ").field(ContactField.PHONE, "303-555-5696")
                .field(ContactField.COUNTRY, "USA")).decide(Chunk.decider(KAJABI));

        assertEquals(Map.of(2L, RowOutcome.UNCHANGED), plan.outcomes(Map.of()));
        assertEquals(List.of(), Chunk.conflicts(plan));
        assertEquals("+1 303 555 5696", ann.value(ContactField.PHONE));
    }

    @Test
    void anEquivalentSpellingWithNewerEvidenceBringsItsFormSoTheFormDoesNotDependOnArrival() {
        ContactState ann = stored(ANN, LockLevel.UNLOCKED, "ann@example.com",
                Map.of(ContactField.PHONE, "303-555-2656"));
        ann.sourceLoaded(ContactField.PHONE, new FieldSource("kajabi", Chunk.EXPORTED.minusSeconds(60), false, false));
        ChunkPlan plan = new Chunk().contact(ann).row(2, person("ann@example.com")
                .field(ContactField.PHONE, "1 303-555-2656")).decide(Chunk.decider(KAJABI));

        assertEquals(List.of("phone: 303-555-2656 → 1 303-555-2656 (applied)"), Chunk.changes(plan, 2));
        assertEquals(List.of(), Chunk.conflicts(plan));
        assertEquals(new FieldSource("kajabi", Chunk.EXPORTED, false, false), ann.source(ContactField.PHONE));
    }

    @Test
    void newEmailsAndIdsAreAttachedAndAuditedWhateverTheLock() {
        ChunkPlan plan = new Chunk().contact(stored(ANN, LockLevel.FULL_LOCK, "ann@example.com", Map.of()))
                .identity("kajabi", "11", ANN).row(2, person("ann.lee@new.example").identity("kajabi", "11")
                        .identity("zoho", "zcrm_5")).decide(Chunk.decider(KAJABI));

        assertEquals(List.of("email: null → ann.lee@new.example (added)", "zoho: null → zcrm_5 (added)"),
                Chunk.changes(plan, 2));
        // the row's primary email is an additional one of the contact it matched
        assertEquals(List.of(new NewEmail(ANN, new EmailAddress("ann.lee@new.example", "ann.lee@new.example",
                "additional"), true)), plan.changes().emails());
        assertEquals(List.of(new FieldChange("contact_emails", ANN, "insert", "email", null, "ann.lee@new.example"),
                new FieldChange("contact_identities", ANN, "insert", "zoho", null, "zcrm_5")),
                plan.changes().auditTrail());
    }

    @Test
    void tagsAndProductsAreAddedNeverRemoved() {
        Chunk chunk = new Chunk().contact(stored(ANN, LockLevel.FULL_LOCK, "ann@example.com", Map.of()));
        chunk.contact(ANN).tags().add("vip");
        ChunkPlan plan = chunk.row(2, person("ann@example.com").tags(List.of("vip", "donor"))
                .products(List.of("Course A"))).row(3, person("ann@example.com")).decide(Chunk.decider(KAJABI));

        assertEquals(List.of("tag: null → donor (added)", "product: null → Course A (added)"),
                Chunk.changes(plan, 2));
        assertEquals(Map.of(2L, RowOutcome.UPDATED, 3L, RowOutcome.UNCHANGED), plan.outcomes(Map.of()));
        assertEquals(java.util.Set.of("vip", "donor"), chunk.contact(ANN).tags());
    }

    @Test
    void twoRowsContradictingAPersonsNameMakeOneConflictEach() {
        ChunkPlan plan = new Chunk().contact(new ContactState(ANN, false, "ann@example.com", "kajabi",
                LockLevel.FULL_LOCK, "person: ann on 2026-01-01", Map.of(ContactField.FIRST_NAME, "Ann"), false, false,
                null, false)).row(2, person("ann@example.com").field(ContactField.FIRST_NAME, "Anna"))
                .row(5, person("ann@example.com").field(ContactField.FIRST_NAME, "Annie"))
                .decide(Chunk.decider(KAJABI));

        assertEquals(List.of("line 2 contact 1 first_name LOCKED: Ann / Anna",
                "line 5 contact 1 first_name LOCKED: Ann / Annie"), Chunk.conflicts(plan));
        assertEquals(2, plan.figures().fieldsRefused());
    }

    @Test
    void rowsOfOneFileAndLaterChunksMeetWhatTheFileStoredAndTheEvidenceDecides() {
        // a hand-kept list: its contacts start FULL_LOCK, a label that holds nothing against imports
        ChunkDecider decider = Chunk.decider(MANUAL);
        ChunkPlan first = new Chunk().row(2, person("pat@example.com").field(ContactField.FIRST_NAME, "Pat"))
                .row(3, person("pat@example.com").field(ContactField.FIRST_NAME, "Patricia")).decide(decider);
        // the next chunk meets the contact as stored by the first one, provenance included
        ContactState stored = new ContactState(FIRST_NEW_ID, false, "pat@example.com", "manual",
                LockLevel.FULL_LOCK, "manual", Map.of(ContactField.FIRST_NAME, "Patricia"), false, false, null,
                false);
        stored.sourceLoaded(ContactField.FIRST_NAME, new FieldSource("manual", Chunk.EXPORTED, false, false));
        Chunk next = new Chunk().contact(stored);
        ChunkPlan second = next.row(900, person("pat@example.com").field(ContactField.FIRST_NAME, "Trish"))
                .decide(decider);

        // the same evidence time and source: the greater text, whichever row comes first
        assertEquals(List.of("first_name: Pat → Patricia (applied)"), Chunk.changes(first, 3));
        assertEquals(List.of("first_name: Patricia → Trish (applied)"), Chunk.changes(second, 900));
        // a later file with older evidence changes nothing; with newer evidence it wins
        ChunkPlan older = new Chunk().contact(next.contact(FIRST_NEW_ID)).row(2, person("pat@example.com")
                .field(ContactField.FIRST_NAME, "P.").evidenceAt(Chunk.EXPORTED.minusSeconds(86_400)))
                .decide(Chunk.decider(MANUAL));
        assertEquals(List.of(), Chunk.changes(older, 2));
        ChunkPlan newer = new Chunk().contact(next.contact(FIRST_NEW_ID)).row(2, person("pat@example.com")
                .field(ContactField.FIRST_NAME, "P.").evidenceAt(Chunk.EXPORTED.plusSeconds(86_400)))
                .decide(Chunk.decider(MANUAL));
        assertEquals(List.of("first_name: Trish → P. (applied)"), Chunk.changes(newer, 2));
        assertEquals(List.of(), Chunk.conflicts(newer));
    }
}
