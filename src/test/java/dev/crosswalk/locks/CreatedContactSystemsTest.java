package dev.crosswalk.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.decide.ChangeSet.NewIdentity;
import dev.crosswalk.decide.ChunkPlan;
import dev.crosswalk.model.Identity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A contact an import created is left out of the classification after it only while everything it holds names the
 * batch's one system; the systems counted as classify.sql counts them.
 */
class CreatedContactSystemsTest {

    private final LockClassifier classifier = new LockClassifier(true,
            List.of("kajabi", "paypal", "zoho", "ticket", "ticket-tailor", "manual"));

    @Test
    void aSourceNameCountsAsTheLongestSystemItIsOrBeginsWithFollowedByADash() {
        assertEquals("kajabi", classifier.systemOf("kajabi"));
        assertEquals("kajabi", classifier.systemOf("kajabi-member"));
        assertEquals("ticket-tailor", classifier.systemOf("ticket-tailor-orders"));
        assertEquals("ticket", classifier.systemOf("ticket-x"));
        assertEquals("kajabiclone", classifier.systemOf("kajabiclone"));
        assertEquals("legacy", classifier.systemOf("legacy"));
    }

    @Test
    void anIdentityOfAnotherSystemPutsItsContactBackInTheClassification() {
        CreatedContactSystems created = classifier.createdBy("kajabi-subscribed", "kajabi");
        ChunkPlan plan = new ChunkPlan();
        plan.changes().identity(new NewIdentity(1, new Identity("kajabi", "100"), false));
        plan.changes().identity(new NewIdentity(2, new Identity("kajabi-member", "200"), false));
        plan.changes().identity(new NewIdentity(3, new Identity("zoho", "zcrm_3"), false));
        plan.changes().identity(new NewIdentity(4, new Identity("kajabiclone", "4"), false));

        created.chunk(plan);

        assertFalse(created.classifies(1));
        assertFalse(created.classifies(2));
        assertTrue(created.classifies(3));
        assertTrue(created.classifies(4));
        assertFalse(created.classifies(5), "a contact with no identity holds only what the batch wrote");
    }

    @Test
    void aSourceWhoseNameAndSystemCountAsTwoHasEveryCreatedContactClassified() {
        CreatedContactSystems created = classifier.createdBy("crm-export", "zoho");
        created.chunk(new ChunkPlan());

        assertTrue(created.classifies(1));
    }
}
