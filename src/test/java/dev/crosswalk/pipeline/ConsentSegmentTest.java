package dev.crosswalk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.ImportTestBase;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consent rules (docs/importing.md) with Kajabi's consent segments: opt-ins are protected, never lost, never overridden by stale files. */
class ConsentSegmentTest extends ImportTestBase {

    static final List<String> SEGMENT = List.of("Name", "First Name", "Last Name", "Email", "Created At",
            "Member Created At");

    private Path segment(String name, Instant exportedAt, String... emails) throws Exception {
        CsvFixture csv = new CsvFixture(SEGMENT);
        for (String email : emails) {
            csv.row(List.of("Pat Doe", "Pat", "Doe", email, "2024-05-06 18:01:32 -0700", ""));
        }
        Path file = csv.write(home.resolve(name));
        Files.setLastModifiedTime(file, FileTime.from(exportedAt));
        return file;
    }

    private Map<String, Object> pat() throws Exception {
        return crosswalk.rows("select email_subscribed, subscription_protected from contacts").get(0);
    }

    @Test
    void anOptInIsAppliedProtectedAndRecorded() throws Exception {
        BatchReport report = crosswalk.importFile(segment("sub.csv", Instant.parse("2025-11-01T10:00:00Z"),
                "pat@example.com"), "kajabi-subscribed");

        assertEquals(1, report.rowCount("new"));
        assertEquals(Map.of("email_subscribed", true, "subscription_protected", true), pat());
        assertEquals(List.of(Map.of("subscribed", true, "applied", true, "source", "kajabi-subscribed")),
                crosswalk.rows("select subscribed, applied, source from consent_events"));
        assertEquals(Instant.parse("2025-11-01T10:00:00Z"), ((java.sql.Timestamp) crosswalk
                .rows("select observed_at from consent_events").get(0).get("observed_at")).toInstant());
    }

    @Test
    void aProtectedOptInIsNeverTurnedOffSilently() throws Exception {
        crosswalk.importFile(segment("sub.csv", Instant.parse("2025-11-01T10:00:00Z"), "pat@example.com"),
                "kajabi-subscribed");

        BatchReport report = crosswalk.importFile(segment("unsub.csv", Instant.parse("2025-11-10T10:00:00Z"),
                "PAT@example.com"), "kajabi-unsubscribed");

        assertEquals(Map.of("email_subscribed", true, "subscription_protected", true), pat());
        assertEquals(1, report.rowCount("conflict"));
        assertEquals(1L, report.consent().get("pending_opt_outs"));
        assertEquals(List.of(Map.of("reason", "PROTECTED_OPT_IN", "field", "email_subscribed", "incoming_value",
                "false")), crosswalk.rows("select reason, field, incoming_value from import_conflicts"));
        assertEquals(2, crosswalk.count("select count(*) from consent_events"));
        assertEquals(1, crosswalk.count("select count(*) from consent_events where not applied"));
        assertTrue(Files.readString(Path.of(report.files().get("report_html"))).contains("opt-outs of protected"));
    }

    @Test
    void autoHonourAppliesTheOptOutWithAnAudit(@TempDir Path otherHome) throws Exception {
        crosswalk.close();
        crosswalk = TestCrosswalk.start(otherHome, false, Map.of("crosswalk.consent.auto-honour-opt-outs", "true"));
        crosswalk.importFile(segment("sub.csv", Instant.parse("2025-11-01T10:00:00Z"), "pat@example.com"),
                "kajabi-subscribed");

        BatchReport report = crosswalk.importFile(segment("unsub.csv", Instant.parse("2025-11-10T10:00:00Z"),
                "pat@example.com"), "kajabi-unsubscribed");

        assertEquals(1, report.rowCount("updated"));
        assertEquals(Map.of("email_subscribed", false, "subscription_protected", false), pat());
        assertEquals(1, crosswalk.count("select count(*) from import_audit_log where field = 'email_subscribed' "
                + "and old_value = 'true' and new_value = 'false' and batch_id = " + report.batch()));
    }

    @Test
    void aStaleOptInArrivingLateAsksWhatItWouldHaveAskedArrivingFirst() throws Exception {
        // the same two segments as aProtectedOptInIsNeverTurnedOffSilently, in the other order: the same question
        crosswalk.importFile(segment("unsub.csv", Instant.parse("2025-11-10T10:00:00Z"), "pat@example.com"),
                "kajabi-unsubscribed");

        BatchReport report = crosswalk.importFile(segment("old-sub.csv", Instant.parse("2025-10-01T10:00:00Z"),
                "pat@example.com"), "kajabi-subscribed");

        assertEquals(1, report.rowCount("conflict"));
        assertEquals(Map.of("email_subscribed", true, "subscription_protected", true), pat());
        assertEquals(List.of(Map.of("reason", "PROTECTED_OPT_IN", "field", "email_subscribed", "incoming_value",
                "false")), crosswalk.rows("select reason, field, incoming_value from import_conflicts"));
    }

    @Test
    void aLockedContactsOptInBecomesAConflictNotALoss() throws Exception {
        crosswalk.importFile(segment("unsub.csv", Instant.parse("2025-10-01T10:00:00Z"), "pat@example.com"),
                "kajabi-unsubscribed");
        crosswalk.lockEveryContactByPerson("FULL_LOCK");

        BatchReport report = crosswalk.importFile(segment("sub.csv", Instant.parse("2025-11-01T10:00:00Z"),
                "pat@example.com"), "kajabi-subscribed");

        assertEquals(1, report.rowCount("conflict"));
        assertEquals(List.of(Map.of("reason", "LOCKED", "incoming_value", "true")),
                crosswalk.rows("select reason, incoming_value from import_conflicts"));
    }

    @Test
    void aPeopleExportInASegmentInboxIsRefusedNotTakenAsConsent() throws Exception {
        Path people = new dev.crosswalk.support.KajabiPeople()
                .person(dev.crosswalk.support.KajabiPeople.person("1", "Pat", "Doe", "pat@example.com"))
                .write(home.resolve("people.csv"));

        BatchReport report = crosswalk.importFile(people, "kajabi-subscribed");

        assertEquals("rejected", report.status());
        assertTrue(report.message().contains("inbox/kajabi/"), report.message());
        assertEquals(0, crosswalk.count("select count(*) from contacts"));
    }
}
