package dev.crosswalk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The outbox's folder layout is public: these are the paths users and scripts rely on. */
class OutboxTest {

    private final Outbox outbox = new Outbox(Path.of("/home/x/outbox"));

    @Test
    void foldersAndBatchFiles() {
        assertEquals(Path.of("/home/x/outbox/reports/7-report.json"), outbox.report(7, "report.json"));
        assertEquals(Path.of("/home/x/outbox/conflicts/7-conflicts.csv"), outbox.conflicts(7));
        assertEquals(Path.of("/home/x/outbox/rejected/7-rejected.csv"), outbox.rejected(7, "rejected.csv"));
        assertEquals(Path.of("/home/x/outbox/index.html"), outbox.index());
    }

    @Test
    void aProcessedFileIsArchivedUnderTodayAndItsFolderWithItsBatchId() {
        String today = LocalDate.now().toString();
        assertEquals(Path.of("/home/x/outbox/archive", today, "kajabi", "7-people.csv"),
                outbox.archived(7, "people.csv", "kajabi"));
        assertEquals(Path.of("/home/x/outbox/archive", today, "preview", "zoho", "8-z.csv"),
                outbox.archived(8, "z.csv", "preview", "zoho"));
    }
}
