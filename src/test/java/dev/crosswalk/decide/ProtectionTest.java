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
     * One row changing one field of a stored contact: applied, or refused with its reason. A blank stored value
     * refused is a FILL_BLANK suggestion; a stored value refused is LOCKED.
     */
    @ParameterizedTest(name = "{0} {1}: {2} → {3} with fill-blanks {4}: {5}")
    @CsvSource(nullValues = "-", value = {
        "FULL_LOCK,    FIRST_NAME, Ann, Anna, false, LOCKED",
        "FULL_LOCK,    FIRST_NAME, -,   Anna, false, FILL_BLANK",
        "FULL_LOCK,    FIRST_NAME, -,   Anna, true,  FILL_BLANK",
        "FULL_LOCK,    CITY,       Oslo, Bergen, false, LOCKED",
        "PARTIAL_LOCK, FIRST_NAME, Ann, Anna, false, LOCKED",
        "PARTIAL_LOCK, FIRST_NAME, -,   Anna, false, FILL_BLANK",
        "PARTIAL_LOCK, FIRST_NAME, -,   Anna, true,  applied",
        "PARTIAL_LOCK, PHONE,      555 0100, 555 0199, true, LOCKED",
        "UNLOCKED,     FIRST_NAME, Ann, Anna, false, applied",
        "UNLOCKED,     CITY,       Oslo, Bergen, false, applied",
        "UNLOCKED,     POSTAL_CODE, -,  0150, false, applied",
    })
    void theLockLevelDecidesWhichFieldGroupsAnImportMayChange(LockLevel lock, ContactField field, String current,
            String incoming, boolean fillBlanks, String expected) {
        Chunk chunk = new Chunk().contact(stored(ANN, lock, "ann@example.com", current == null ? Map.of()
                : Map.of(field, current)));
        ChunkPlan plan = chunk.row(2, person("ann@example.com").field(field, incoming))
                .decide(Chunk.decider(KAJABI, fillBlanks, false));

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
        assertFalse(policy.allowsWrite(LockLevel.UNLOCKED, FieldGroup.SOURCE_SYSTEM, true));
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
        ChunkPlan plan = new Chunk().contact(stored(ANN, LockLevel.FULL_LOCK, "ann@example.com",
                Map.of(ContactField.FIRST_NAME, "José", ContactField.PHONE, "+1 303 555 5696",
                        ContactField.COUNTRY, "United States"))).row(2, person("ann@example.com")
                .field(ContactField.FIRST_NAME, "JOSÉ").field(ContactField.PHONE, "303-555-5696")
                .field(ContactField.COUNTRY, "USA")).decide(Chunk.decider(KAJABI));

        assertEquals(Map.of(2L, RowOutcome.UNCHANGED), plan.outcomes(Map.of()));
        assertEquals(List.of(), Chunk.conflicts(plan));
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
    void twoRowsChangingALockedNameMakeOneConflictEach() {
        ChunkPlan plan = new Chunk().contact(stored(ANN, LockLevel.FULL_LOCK, "ann@example.com",
                Map.of(ContactField.FIRST_NAME, "Ann"))).row(2, person("ann@example.com")
                .field(ContactField.FIRST_NAME, "Anna")).row(5, person("ann@example.com")
                .field(ContactField.FIRST_NAME, "Annie")).decide(Chunk.decider(KAJABI));

        assertEquals(List.of("line 2 contact 1 first_name LOCKED: Ann / Anna",
                "line 5 contact 1 first_name LOCKED: Ann / Annie"), Chunk.conflicts(plan));
        assertEquals(2, plan.figures().fieldsRefused());
    }

    @Test
    void aContactTheFileCreatedIsNotLockedAgainstThatFilesLaterRowsInAnyChunk() {
        // a hand-kept list: its contacts start FULL_LOCK
        ChunkDecider decider = Chunk.decider(MANUAL);
        ChunkPlan first = new Chunk().row(2, person("pat@example.com").field(ContactField.FIRST_NAME, "Pat"))
                .row(3, person("pat@example.com").field(ContactField.FIRST_NAME, "Patricia")).decide(decider);
        // the next chunk meets the contact as stored by the first one
        Chunk next = new Chunk().contact(new ContactState(FIRST_NEW_ID, false, "pat@example.com", "manual",
                LockLevel.FULL_LOCK, "auto: manual contacts start FULL_LOCK",
                Map.of(ContactField.FIRST_NAME, "Patricia"), false, false, null, false));
        ChunkPlan second = next.row(900, person("pat@example.com").field(ContactField.FIRST_NAME, "Trish"))
                .decide(decider);

        assertEquals(List.of("first_name: Pat → Patricia (applied)"), Chunk.changes(first, 3));
        assertEquals(List.of("first_name: Patricia → Trish (applied)"), Chunk.changes(second, 900));
        // a new decider is the next file: the lock holds against it
        ChunkPlan laterFile = new Chunk().contact(next.contact(FIRST_NEW_ID)).row(2, person("pat@example.com")
                .field(ContactField.FIRST_NAME, "P.")).decide(Chunk.decider(MANUAL));
        assertEquals(List.of("line 2 contact 1000 first_name LOCKED: Trish / P."), Chunk.conflicts(laterFile));
    }
}
