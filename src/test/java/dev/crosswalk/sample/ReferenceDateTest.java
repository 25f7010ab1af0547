package dev.crosswalk.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The invented history ends at its reference date: subscriptions still active are paid up to it. */
class ReferenceDateTest {

    @TempDir
    Path home;

    @Test
    void activeSubscriptionsArePaidUpToTheReferenceDateAndTheAuditSeesNoGap() throws Exception {
        People people = new People(5, 0, People.today());
        Path subscriptions = home.resolve("subscriptions.csv");
        Path transactions = home.resolve("transactions.csv");
        SampleWriter.write(SampleCatalog.get("kajabi-subscriptions"), people, 0, 150, subscriptions);
        SampleWriter.write(SampleCatalog.get("kajabi-transactions"), people, 0, 2_000, transactions);
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            crosswalk.importFile(subscriptions, "kajabi");
            crosswalk.importFile(transactions, "kajabi");

            long active = crosswalk.count("select count(*) from subscriptions where status in ('active', "
                    + "'pending cancellation')");
            assertTrue(active > 60, "active subscriptions: " + active);
            long unpaid = crosswalk.count("select count(*) from audit_subscriptions_without_payment");
            // only those whose last payment failed (one payment in fifty) are flagged: a real problem, not a date gap
            assertTrue(unpaid <= active / 10, unpaid + " of " + active + " active subscriptions flagged unpaid");
            Map<String, Object> span = crosswalk.rows("select max(occurred_at) as last, min(occurred_at) as first "
                    + "from transactions").get(0);
            Instant last = ((Timestamp) span.get("last")).toInstant();
            assertTrue(last.isBefore(people.asOf().plus(Duration.ofHours(2))), "last payment " + last);
            assertTrue(last.isAfter(people.asOf().minus(Duration.ofDays(7))), "last payment " + last);
            assertEquals(0, crosswalk.count("select count(*) from subscriptions where started_at > now()"));
        }
    }
}
