package dev.crosswalk.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.source.Sources;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated exports go through the real pipeline: every row is read, and a later snapshot updates the changed. */
class GeneratedExportImportTest {

    @TempDir
    Path home;

    @Test
    void aGeneratedKajabiExportImportsWholeAndItsLaterSnapshotUpdatesTheChangedPeople() throws Exception {
        Path first = home.resolve("kajabi-1.csv");
        Path later = home.resolve("kajabi-2.csv");
        SampleWriter.write(SampleCatalog.get("kajabi"), new People(3), 0, 1_500, first);
        SampleWriter.write(SampleCatalog.get("kajabi"), new People(3, 0.3), 0, 1_500, later);
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            BatchReport created = crosswalk.importFile(first, "kajabi");
            assertEquals(1_500, created.rowCount("new"), created.rows().toString());
            assertEquals(1_500, crosswalk.count("select count(*) from contacts"));
            assertEquals(0, crosswalk.count("select count(*) from contacts where phone like '4111%'"));

            BatchReport updated = crosswalk.importFile(later, "kajabi");
            assertEquals(0, updated.rowCount("new") + updated.rowCount("rejected"), updated.rows().toString());
            long changed = updated.rowCount("updated");
            assertTrue(changed > 350 && changed < 550, "about 30% of 1,500 changed: " + changed);
            assertEquals(1_500 - changed, updated.rowCount("unchanged"));
            assertEquals(changed, crosswalk.count("select count(*) from contacts where last_name like '%-%'"));
        }
    }

    @Test
    void theDemoDropsAConsistentSetIntoTheInboxesOfTheSourcesThisBuildReads() throws Exception {
        List<DemoSet.Entry> entries = new DemoSet(new Sources(CrosswalkSettings.load().sourceOptions()), People.today())
                .write(home.resolve("inbox"));
        DemoSet.Entry kajabi = entries.stream().filter(e -> e.sample().equals("kajabi")).findFirst().orElseThrow();
        assertEquals(home.resolve("inbox/kajabi/demo-kajabi.csv"), kajabi.file());
        assertTrue(kajabi.rows() > 5_700 && kajabi.rows() < 6_100, "the scale Crosswalk is built for (~6,500 people): " + kajabi.rows());
        long subscribed = rows(entries, "kajabi-subscribed");
        long unsubscribed = rows(entries, "kajabi-unsubscribed");
        assertEquals(kajabi.rows(), subscribed + unsubscribed, "the two segments partition the Kajabi people");
        // samples no source of this build reads are not written anywhere
        entries.stream().filter(e -> e.inbox() == null).forEach(e -> assertEquals(null, e.file()));
        try (Stream<Path> files = Files.walk(home.resolve("inbox"))) {
            assertEquals(entries.stream().filter(e -> e.inbox() != null).count(),
                    files.filter(Files::isRegularFile).count());
        }
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, false, Map.of("crosswalk.import.chunk-size", "2000"))) {
            BatchReport people = crosswalk.importFile(kajabi.file(), "kajabi");
            assertEquals(kajabi.rows(), people.rowCount("new"));
            BatchReport optIns = crosswalk.importFile(home.resolve("inbox/kajabi-subscribed/demo-kajabi-subscribed.csv"),
                    "kajabi-subscribed");
            assertEquals(subscribed, optIns.rowCount("read"));
            assertEquals(0, optIns.rowCount("new") + optIns.rowCount("rejected"), optIns.rows().toString());
            assertEquals(subscribed, crosswalk.count("select count(*) from contacts where email_subscribed"));
        }
    }

    private static long rows(List<DemoSet.Entry> entries, String sample) {
        return entries.stream().filter(e -> e.sample().equals(sample)).findFirst().orElseThrow().rows();
    }
}
