package dev.crosswalk.ops;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import dev.crosswalk.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7.3: two instances importing the same content at the same moment (the same export under two names) both
 * pass the "already applied?" check; the database lets one commit and the other reports a duplicate, not a failure.
 */
class ConcurrentDuplicateTest {

    @TempDir
    Path home;

    @Test
    void theSecondOfTwoConcurrentImportsOfOneFileIsADuplicate() throws Exception {
        KajabiPeople people = new KajabiPeople();
        for (int i = 0; i < 5000; i++) {
            people.person(person(Integer.toString(i), "P" + i, "Q", "p" + i + "@example.com"));
        }
        Path first = people.write(home.resolve("export.csv"));
        Path second = Files.copy(first, home.resolve("export (copy).csv"));
        String url = TestDatabase.freshDatabaseUrl();
        Map<String, String> settings = Map.of("crosswalk.db.url", url, "crosswalk.import.chunk-size", "500");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (LogCapture log = LogCapture.start();
                TestCrosswalk a = TestCrosswalk.start(home.resolve("a"), false, settings);
                TestCrosswalk b = TestCrosswalk.start(home.resolve("b"), false, settings)) {
            CyclicBarrier together = new CyclicBarrier(2);
            Future<BatchReport> ra = pool.submit(() -> {
                together.await();
                return a.importFile(first, "kajabi");
            });
            Future<BatchReport> rb = pool.submit(() -> {
                together.await();
                return b.importFile(second, "kajabi");
            });
            List<String> statuses = List.of(ra.get().status(), rb.get().status()).stream().sorted().toList();

            assertEquals(List.of("applied", "duplicate"), statuses);
            assertTrue(log.text().contains("was applied meanwhile by another instance"), "both passed the pre-check");
            assertEquals(5000, a.count("select count(*) from contacts"));
            assertEquals(1, a.count("select count(*) from import_batches"));
        } finally {
            pool.shutdownNow();
        }
    }
}
