package dev.crosswalk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.db.InboxFileLocks;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review inbox claims a decisions file in the database like every other inbox: a file another instance has
 * claimed is left to it (it used a plain "changed" read lock, so two instances could both apply one file). Being an
 * instance of the inbox template, it also takes an empty file, and refuses it, instead of leaving it there forever.
 */
class ReviewInboxClaimTest {

    @TempDir
    Path home;

    @Test
    void aDecisionsFileClaimedByAnotherInstanceIsLeftToIt() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true, Map.of())) {
            Path review = Files.createDirectories(home.resolve("inbox/review"));
            Path claimed = review.resolve("claimed.csv");
            InboxFileLocks otherInstance = new InboxFileLocks(crosswalk.dataSource(), 3600, () -> true);
            assertTrue(otherInstance.add(claimed.toAbsolutePath().toString()));

            String decisions = "conflict_id,batch,line,contact_id,field,current_value,incoming_value,reason,decision\n";
            Files.writeString(claimed, decisions);
            Files.writeString(review.resolve("free.csv"), decisions);

            Inbox.await(() -> !Inbox.names(review).contains("free.csv"), 60, () -> Inbox.names(review).toString());
            // several more polls: the claimed file is still not taken
            Thread.sleep(2_000);
            assertEquals(Set.of("claimed.csv"), Inbox.names(review));
        }
    }

    @Test
    void anEmptyDecisionsFileIsRefusedWithItsReasonAndMovedToRejected() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true, Map.of())) {
            Path review = Files.createDirectories(home.resolve("inbox/review"));
            Files.writeString(review.resolve("answers.csv"), "");

            Inbox.await(() -> Inbox.names(review).isEmpty(), 60, () -> Inbox.names(review).toString());
            Path rejected = home.resolve("outbox/rejected");
            Inbox.await(() -> Inbox.names(rejected).stream().anyMatch(n -> n.endsWith("-answers.csv")), 30,
                    () -> Inbox.names(rejected).toString());
            BatchReport report = Inbox.reportsByFile(home.resolve("outbox/reports")).get("answers.csv");
            assertEquals("rejected", report.status());
            assertTrue(report.message().contains("The file is empty (0 bytes)"), report.message());
        }
    }
}
