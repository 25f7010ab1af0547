package dev.crosswalk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history a batch writes row by row names its batch without a foreign key (V185), as do the contacts and
 * transactions it inserted (created_batch_id): what Crosswalk writes always has its batch, and a row whose batch is
 * missing — made here by hand — is what the audit reports.
 */
class LedgerOrphansTest {

    @Test
    void historyRowsWhoseBatchIsMissingAreReported(@TempDir Path home) throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home)) {
            BatchReport people = crosswalk.importFile(new KajabiPeople()
                    .person(KajabiPeople.person("1", "Ann", "Lee", "ann@example.com"))
                    .person(KajabiPeople.person("2", "Bob", "Ray", "bob@example.com"))
                    .write(home.resolve("people.csv")), "kajabi");
            assertEquals("applied", people.status());
            AuditRunner runner = crosswalk.runtime().context().getRegistry().lookupByNameAndType("auditRunner",
                    AuditRunner.class);
            assertEquals(List.of(), orphans(runner.runNow()));
            assertEquals(0, attention(crosswalk));

            long missing = crosswalk.count("select max(id) from import_batches") + 100;
            long ann = crosswalk.count("select id from contacts where email = 'ann@example.com'");
            try (Connection c = crosswalk.dataSource().getConnection();
                    PreparedStatement audit = c.prepareStatement("insert into import_audit_log (batch_id, table_name, "
                            + "record_id, action, field, old_value, new_value) values (?, 'contacts', ?, 'update', "
                            + "'first_name', 'Ann', 'Anne')");
                    PreparedStatement consent = c.prepareStatement("insert into consent_events (contact_id, "
                            + "subscribed, source, batch_id, observed_at, applied, reason) "
                            + "values (?, true, 'kajabi', ?, now(), true, 'opt-in')");
                    PreparedStatement contact = c.prepareStatement("update contacts set created_batch_id = ? "
                            + "where email = 'bob@example.com'");
                    PreparedStatement money = c.prepareStatement("insert into transactions (contact_id, source, "
                            + "external_id, type, amount, created_batch_id) values (?, 'paypal', 'T-1', 'payment', "
                            + "10.00, ?), (?, 'paypal', 'T-2', 'payment', 12.00, ?)")) {
                for (int i = 0; i < 2; i++) {
                    audit.setLong(1, missing);
                    audit.setLong(2, ann);
                    audit.executeUpdate();
                }
                consent.setLong(1, ann);
                consent.setLong(2, missing);
                consent.executeUpdate();
                contact.setLong(1, missing + 1);
                contact.executeUpdate();
                for (int p = 1; p <= 4; p += 2) {
                    money.setLong(p, ann);
                    money.setLong(p + 1, missing + 2);
                }
                money.executeUpdate();
            }

            AuditReport report = runner.runNow();
            assertEquals(List.of("consent_events " + missing + " 1", "contacts.created_batch_id " + (missing + 1) + " 1",
                    "import_audit_log " + missing + " 2", "transactions.created_batch_id " + (missing + 2) + " 2"),
                    orphans(report));
            assertEquals(6, attention(crosswalk));
            assertTrue(Files.readString(report.html()).contains("data-item=\"ledger_orphans\"><strong>6</strong>"));
        }
    }

    /** The audit JSON's rows of audit_ledger_orphans, each as "ledger batch records". */
    private static List<String> orphans(AuditReport report) throws Exception {
        JsonNode json = ReportWriter.JSON.readTree(report.json().toFile());
        List<String> rows = new ArrayList<>();
        for (JsonNode row : json.get("views").get("audit_ledger_orphans")) {
            rows.add(row.get("ledger").asText() + " " + row.get("batch_id").asLong() + " "
                    + row.get("records").asLong());
        }
        return rows;
    }

    private static long attention(TestCrosswalk crosswalk) throws Exception {
        List<Map<String, Object>> item = crosswalk.rows(
                "select count from audit_attention where item = 'ledger_orphans'");
        return ((Number) item.get(0).get("count")).longValue();
    }
}
