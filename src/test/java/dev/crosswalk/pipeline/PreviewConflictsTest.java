package dev.crosswalk.pipeline;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A preview's conflicts are a list to read, never a decisions file; a preview is never rolled back. */
class PreviewConflictsTest {

    @TempDir
    Path home;
    TestCrosswalk crosswalk;
    CrosswalkSettings settings;

    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home);
        settings = CrosswalkSettings.load(Map.of("crosswalk.home", home.toString()));
        crosswalk.importFile(new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                .write(home.resolve("first.csv")), "kajabi");
        crosswalk.lockEveryContactByPerson("FULL_LOCK");
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    @Test
    void aPreviewListsItsConflictsInReportsMarkedPreviewWithoutADecisionColumn() throws Exception {
        BatchReport preview = crosswalk.preview(new KajabiPeople().person(person("1", "Anne", "Lee",
                "ann@example.com")).write(home.resolve("changed.csv")), "kajabi");

        assertEquals("previewed", preview.status());
        assertNull(preview.files().get("conflicts"));
        Path list = home.resolve("outbox/reports").resolve(preview.batch() + "-preview-conflicts.csv");
        assertEquals(list.toString(), preview.files().get("preview_conflicts"));
        assertFalse(Files.exists(home.resolve("outbox/conflicts").resolve(preview.batch() + "-conflicts.csv")));
        List<String> lines = Files.readAllLines(list);
        assertEquals("\uFEFFpreview,batch,line,contact_id,field,current_value,incoming_value,reason,contact_name,"
                + "primary_email,lock_level,lock_reason,current_source,current_batch,current_date,evidence_count,"
                + "sources,batches,lines,latest_evidence,proposed_values", lines.get(0));
        assertTrue(lines.get(1).startsWith("PREVIEW," + preview.batch() + ",2,1,first_name,Ann,Anne,LOCKED,Ann Lee,"
                + "ann@example.com,FULL_LOCK,person: test on " + LocalDate.now() + ",kajabi (held by person: test on "
                + LocalDate.now() + "),2,"), lines.get(1));
        assertEquals(2, lines.size());
        String page = Files.readString(Path.of(preview.files().get("report_html")));
        assertTrue(page.contains("PREVIEW: nothing to decide"), page);

        BatchReport review = CompositionRoot.on(settings, crosswalk.dataSource()).reviews().applyFile(list, 900, "tester");
        assertEquals("rejected", review.status());
        assertTrue(review.message().contains("a preview changed nothing, so there is nothing to decide"),
                review.message());

        BatchReport rollback = CompositionRoot.on(settings, crosswalk.dataSource()).rollbacks().rollback(preview.batch(), false,
                "tester");
        assertEquals("refused", rollback.status());
        assertEquals("Batch " + preview.batch() + " (preview, kajabi, changed.csv) was a PREVIEW: it ran in a "
                + "transaction that was rolled back by design, so it changed nothing; import the file itself to "
                + "apply it. There is nothing to roll back.", rollback.message());
        assertEquals(0, crosswalk.count("select count(*) from import_conflicts"));
    }

    @Test
    void aRollbackOfARefusedReviewSaysWhatItWas() throws Exception {
        BatchReport refused = CompositionRoot.on(settings, crosswalk.dataSource()).reviews().resolve(4782, "KEEP", "tester");

        BatchReport rollback = CompositionRoot.on(settings, crosswalk.dataSource()).rollbacks().rollback(refused.batch(), false,
                "tester");

        assertEquals("refused", rollback.status());
        assertEquals("Batch " + refused.batch() + " (review, resolve 4782) is refused: it changed nothing. There is "
                + "nothing to roll back.", rollback.message());
        assertEquals(0, crosswalk.count("select count(*) from import_batches where kind = 'rollback'"));
    }
}
