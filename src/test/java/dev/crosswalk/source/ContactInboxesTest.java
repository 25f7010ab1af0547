package dev.crosswalk.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The route instances of the contact-only sources: a file dropped in each inbox goes through the pipeline. */
class ContactInboxesTest {

    private static void drop(Path home, String folder, String name, String content) throws Exception {
        Path staging = Files.createDirectories(home.resolve("staging")).resolve(name);
        Files.writeString(staging, content);
        Files.move(staging, Files.createDirectories(home.resolve("inbox").resolve(folder)).resolve(name));
    }

    /** The archive move happens just after the exchange completes: wait for it. */
    private static boolean awaitArchived(Path folder, String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(folder)) {
                try (var files = Files.list(folder)) {
                    if (files.anyMatch(p -> p.getFileName().toString().endsWith("-" + name))) {
                        return true;
                    }
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return false;
    }

    @Test
    void zohoMailchimpAndManualInboxesImportAndTheirPreviewsChangeNothing(@TempDir Path home) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true, Map.of())) {
            NotifyBuilder done = new NotifyBuilder(crosswalk.runtime().context()).whenDone(4).create();

            drop(home, "zoho", "zoho.csv", "Record Id,First Name,Last Name,Email\nzcrm_1001,Ann,Lee,ann@example.com\n");
            drop(home, "mailchimp", "members.csv", "\"Email Address\",MEMBER_RATING,OPTIN_TIME\n"
                    + "bob@example.org,2,\"2024-01-01 10:00:00\"\n");
            drop(home, "manual", "list.csv", "Email,Name\ncy@example.com,Cy Fox\n");
            drop(home, "preview/manual", "trial.csv", "Email,Name\ndee@example.com,Dee Park\n");

            assertTrue(done.matches(60, TimeUnit.SECONDS));
            Path day = home.resolve("outbox/archive").resolve(LocalDate.now().toString());
            assertTrue(awaitArchived(day.resolve("zoho"), "zoho.csv"));
            assertTrue(awaitArchived(day.resolve("mailchimp"), "members.csv"));
            assertTrue(awaitArchived(day.resolve("manual"), "list.csv"));
            assertTrue(awaitArchived(day.resolve("preview/manual"), "trial.csv"));
            assertEquals(3, crosswalk.count("select count(*) from contacts"));
            assertEquals(0, crosswalk.count("select count(*) from contacts where email = 'dee@example.com'"));
            assertEquals("FULL_LOCK", crosswalk.rows("select lock_level from contacts where email = 'cy@example.com'")
                    .get(0).get("lock_level"));
        }
    }
}
