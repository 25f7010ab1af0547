package dev.crosswalk.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.source.Sources;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo plants a handful of active subscriptions missing from the latest export: last month's export lists them,
 * this month's does not, and the inbox applies last month's first whatever order the files were dropped in.
 */
class DemoMissingSubscriptionsTest {

    private static final Instant AS_OF = Instant.parse("2026-11-30T00:00:00Z");

    @TempDir
    Path home;

    @Test
    void theInboxAppliesLastMonthsExportFirstAndTheLatestFindsAHandfulOfActiveSubscriptionsMissing()
            throws Exception {
        DemoSet demo = new DemoSet(new Sources(CrosswalkSettings.load().sourceOptions()), AS_OF);
        demo.write(home.resolve("demo"));
        Path inbox = Files.createDirectories(home.resolve("inbox/kajabi"));
        // this month's dropped first: the inbox still takes last month's first (its file time is older)
        for (String sample : List.of("kajabi-subscriptions", "kajabi-subscriptions-previous")) {
            Files.move(home.resolve("demo/kajabi/demo-" + sample + ".csv"), inbox.resolve("demo-" + sample + ".csv"));
        }

        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true, Map.of())) {
            awaitTaken(crosswalk, inbox);

            List<Map<String, Object>> batches = crosswalk.rows("select file_name, status, details::text as details "
                    + "from import_batches order by id");
            assertEquals(List.of("demo-kajabi-subscriptions-previous.csv", "demo-kajabi-subscriptions.csv"),
                    batches.stream().map(b -> b.get("file_name")).toList());
            assertEquals(List.of("applied", "applied"), batches.stream().map(b -> b.get("status")).toList());
            Map<?, ?> reconciliation = (Map<?, ?>) new ObjectMapper()
                    .readValue((String) batches.get(1).get("details"), Map.class).get("reconciliation");

            Map<String, Long> expected = unlistedByStatus(new People(DemoSet.SEED, 0, AS_OF));
            long running = expected.entrySet().stream().filter(e -> !e.getKey().equals("canceled"))
                    .mapToLong(Map.Entry::getValue).sum();
            assertTrue(running >= 3 && running <= 8, "a handful still active: " + expected);
            assertTrue(expected.getOrDefault("canceled", 0L) > 0, "and some long canceled: " + expected);
            Map<String, Long> reported = new TreeMap<>();
            ((Map<?, ?>) reconciliation.get("missing_by_status"))
                    .forEach((status, n) -> reported.put((String) status, ((Number) n).longValue()));
            assertEquals(expected, reported);
            assertEquals(running, ((List<?>) reconciliation.get("missing_still_active")).size());
            // the seed's numbers, as docs/review.md states them
            assertEquals("9 in the database but not in the file: 5 active, 4 canceled ⇒ review the 5 still active.",
                    reconciliation.get("summary"));
            assertEquals(new TreeMap<>(expected), new TreeMap<>(crosswalk.rows("select status, count(*) as n "
                    + "from subscriptions where missing_since is not null group by status").stream()
                    .collect(Collectors.toMap(r -> (String) r.get("status"),
                            r -> ((Number) r.get("n")).longValue()))));
            assertEquals(demo.exportedAt("kajabi-subscriptions"), crosswalk.rows("select distinct missing_since "
                    + "from subscriptions where missing_since is not null").stream()
                    .map(r -> ((Timestamp) r.get("missing_since")).toInstant()).findFirst().orElseThrow());
        }
    }

    @Test
    void lastMonthsExportImportedAfterThisMonthsIsRefusedAndMarksNothingMissing() throws Exception {
        new DemoSet(new Sources(CrosswalkSettings.load().sourceOptions()), AS_OF).write(home.resolve("demo"));
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            BatchReport latest = crosswalk.importFile(home.resolve("demo/kajabi/demo-kajabi-subscriptions.csv"),
                    "kajabi");
            long subscriptions = crosswalk.count("select count(*) from subscriptions");

            BatchReport stale = crosswalk.importFile(
                    home.resolve("demo/kajabi/demo-kajabi-subscriptions-previous.csv"), "kajabi");

            assertEquals("applied", latest.status());
            assertEquals("rejected", stale.status());
            assertTrue(stale.message().contains("before the subscriptions export applied in batch "
                    + latest.batch()), stale.message());
            assertEquals(0, crosswalk.count("select count(*) from subscriptions where missing_since is not null"));
            assertEquals(subscriptions, crosswalk.count("select count(*) from subscriptions"));
        }
    }

    /** What the generator planted: the subscriptions last month's export lists and this month's does not. */
    private static Map<String, Long> unlistedByStatus(People people) {
        Map<String, Long> byStatus = new TreeMap<>();
        Instant previous = AS_OF.minus(KajabiMoneySamples.PREVIOUS_EXPORT_AGE);
        for (long i = 0; i < DemoSet.POPULATION; i++) {
            KajabiMoneySamples.Subscription s = KajabiMoneySamples.subscription(people, i);
            if (s != null && people.in(i, Membership.KAJABI_SUBSCRIPTION_UNLISTED) && s.created().isBefore(previous)) {
                byStatus.merge(s.status().toLowerCase(Locale.ROOT), 1L, Long::sum);
            }
        }
        return byStatus;
    }

    /** Waits until the inbox has taken every file: each was applied or refused, and moved out. */
    private static void awaitTaken(TestCrosswalk crosswalk, Path inbox) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            try (Stream<Path> files = Files.list(inbox)) {
                if (files.noneMatch(Files::isRegularFile)) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the inbox did not take its files; batches: "
                        + crosswalk.rows("select id, file_name, status from import_batches"));
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }
}
