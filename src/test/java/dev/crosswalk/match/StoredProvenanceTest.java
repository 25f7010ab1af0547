package dev.crosswalk.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.decide.ContactState;
import dev.crosswalk.decide.ContactState.StoredEntry;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.FieldSource;
import dev.crosswalk.model.LockLevel;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stored provenance row, as the database prints it, read into the entries the rules compare. */
class StoredProvenanceTest {

    private static final String KAJABI =
            "{\"at\": \"2026-11-30T09:15:02.123456Z\", \"batch\": 12, \"source\": \"kajabi\"}";

    @Test
    void everyEntryIsReadWithWhatItHolds() throws IOException {
        ContactState contact = contact();
        new StoredProvenance().read("{\"city\": {\"at\": \"2026-01-02T03:04:05.000000Z\", \"batch\": 5, \"person\": "
                + "true, \"source\": \"review\", \"decided_by\": \"ann.admin\", \"blanks_only\": true, \"later\": [1]}, "
                + "\"last_name\": {\"at\": \"2026-01-02T03:04:05.000000Z\", \"source\": \"legacy\"}, \"first_name\": "
                + KAJABI + ", \"custom_9\": " + KAJABI + "}", contact);

        assertEquals(new StoredEntry(new FieldSource("review", Instant.parse("2026-01-02T03:04:05Z"), true, true), 5L,
                "ann.admin"), contact.stored(ContactField.CITY));
        assertEquals(new StoredEntry(new FieldSource("legacy", Instant.parse("2026-01-02T03:04:05Z"), false, false),
                null, null), contact.stored(ContactField.LAST_NAME));
        assertEquals(new StoredEntry(new FieldSource("kajabi", Instant.parse("2026-11-30T09:15:02.123456Z"), false,
                false), 12L, null), contact.stored(ContactField.FIRST_NAME));
        assertEquals(contact.stored(ContactField.CITY).source(), contact.source(ContactField.CITY));
        assertNull(contact.stored(ContactField.PHONE));
    }

    @Test
    void fieldsThatNameTheSharedEntryAllHoldIt() throws IOException {
        ContactState contact = contact();
        new StoredProvenance().read("{\"*\": " + KAJABI + ", \"city\": 0, \"phone\": {\"at\": "
                + "\"2026-12-01T00:00:00.000000Z\", \"batch\": 13, \"source\": \"paypal\"}, \"first_name\": 0}",
                contact);

        StoredEntry kajabi = contact.stored(ContactField.FIRST_NAME);
        assertEquals(new StoredEntry(new FieldSource("kajabi", Instant.parse("2026-11-30T09:15:02.123456Z"), false,
                false), 12L, null), kajabi);
        assertSame(kajabi, contact.stored(ContactField.CITY));
        assertEquals("paypal", contact.stored(ContactField.PHONE).source().source());
        // a patch may bring its own shared entry only when it replaces both fields that name the stored one
        contact.restate(ContactField.FIRST_NAME, kajabi.source());
        assertFalse(contact.patchMayShare());
        contact.restate(ContactField.CITY, kajabi.source());
        assertTrue(contact.patchMayShare());
    }

    @Test
    void aSharedEntryThatAColumnOutsideTheMappedFieldsNamesIsNeverReplaced() throws IOException {
        ContactState contact = contact();
        new StoredProvenance().read("{\"*\": " + KAJABI + ", \"city\": 0, \"custom_9\": 0}", contact);
        contact.restate(ContactField.CITY, contact.stored(ContactField.CITY).source());

        assertFalse(contact.patchMayShare());
    }

    @Test
    void aRowThatIsNotProvenanceIsRefusedWithWhatItHeld() {
        for (String row : new String[] {"{\"city\": 0}", "[1]", "{\"city\": \"kajabi\"}",
                "{\"city\": {\"source\": \"kajabi\"}}"}) {
            IOException refused = assertThrows(IOException.class, () -> new StoredProvenance().read(row, contact()));
            assertTrue(refused.getMessage().endsWith(row), refused.getMessage());
        }
    }

    private static ContactState contact() {
        return new ContactState(7, false, "ann@example.com", "kajabi", LockLevel.UNLOCKED, null,
                Map.of(ContactField.FIRST_NAME, "Ann", ContactField.CITY, "Denver"), false, false, null, false);
    }
}
