package dev.crosswalk.decide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The batch's created contacts: exact membership, also for ids below the first one (a sequence reset). */
class CreatedContactsTest {

    @Test
    void knowsExactlyTheIdsAddedWhateverTheirOrder() {
        CreatedContacts created = new CreatedContacts();
        assertFalse(created.contains(1));
        created.add(5_000_000_000L);
        created.add(5_000_000_002L);
        created.add(4_999_999_990L);

        assertTrue(created.contains(5_000_000_000L));
        assertTrue(created.contains(5_000_000_002L));
        assertTrue(created.contains(4_999_999_990L));
        assertFalse(created.contains(5_000_000_001L));
        assertFalse(created.contains(4_999_999_989L));
        assertFalse(created.contains(7));
    }
}
