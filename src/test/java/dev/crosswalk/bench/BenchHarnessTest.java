package dev.crosswalk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark harness end to end at tiny sizes (the benchmark itself is never run by the tests): every figure
 * is measured through the real pipeline, the running service and a child JVM, and reported beside COPY.
 */
class BenchHarnessTest {

    @TempDir
    Path work;

    @Test
    void aTinyRunMeasuresEveryFigureAndWritesTheResults() throws Exception {
        CrosswalkSettings settings = CrosswalkSettings.load(Map.of("crosswalk.db.url",
                TestDatabase.freshDatabaseUrl(), "crosswalk.db.user", "postgres"));
        List<String> log = new ArrayList<>();
        BenchResults results = new Bench(BenchPlan.divided("tiny", 1000), CompositionRoot.of(settings), work, null, log::add).run();
        Path file = work.resolve("bench-results.json");
        results.write(file);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertTrue(json.at("/copy_baseline/rows_per_s").asLong() > 0);
        assertEquals(1000, json.at("/import_all_new/rows").asLong());
        assertEquals(1000, json.at("/import_all_new/outcomes/new").asLong());
        assertTrue(json.at("/import_all_new/wal_mb").asDouble() > 0 && json.at("/copy_baseline/wal_mb").asDouble() > 0,
                json.at("/import_all_new").toString() + json.at("/copy_baseline"));
        // every row the all-new import wrote, written again by COPY: contacts, emails, identities, audit at least
        assertEquals(1000, json.at("/import_rows_by_copy/rows").asLong());
        assertTrue(json.at("/import_rows_by_copy/table_rows").asLong() >= 4000, json.at("/import_rows_by_copy")
                .toString());
        assertEquals(json.at("/import_rows_by_copy/table_rows").asLong(),
                json.at("/import_rows_by_copy_no_fk/table_rows").asLong());
        // where the rows go, per file row: counted by the server, the same on any machine
        JsonNode written = json.at("/import_all_new/table_rows_per_row_by_table");
        assertEquals(1.0, written.at("/contacts/inserted").asDouble(), written.toString());
        assertEquals(1.0, written.at("/contact_emails/inserted").asDouble(), written.toString());
        assertTrue(json.at("/import_all_new/table_rows_per_row").asDouble() >= 4, json.at("/import_all_new").toString());
        assertTrue(json.at("/import_all_new/wal_bytes_per_row").asLong() > 0);
        assertEquals(json.at("/import_rows_by_copy/table_rows").asLong() / 1000.0,
                json.at("/import_rows_by_copy/table_rows_per_row").asDouble(), 0.001, json.at("/import_rows_by_copy")
                        .toString());
        assertEquals(2.0, json.at("/copy_baseline/table_rows_per_row").asDouble());
        assertEquals("import_rows_by_copy", json.at("/import_all_new/floor").asText());
        assertTrue(json.at("/import_all_new/ratio_to_floor").asDouble() > 0);
        JsonNode updated = json.at("/import_all_known/table_rows_per_row_by_table/contacts");
        assertTrue(updated.at("/updated").asDouble() > 0 && updated.at("/inserted").isMissingNode(),
                updated.toString());
        JsonNode known = json.at("/import_all_known/outcomes");
        assertEquals(1000, known.get("updated").asLong() + known.get("unchanged").asLong()
                + known.get("conflict").asLong(), known.toString());
        assertTrue(known.get("updated").asLong() > 0 && known.get("conflict").asLong() > 0, known.toString());
        assertTrue(json.at("/import_all_known/ratio_to_copy").asDouble() > 0);
        // the PayPal source exists: the transactions figure is measured, not noted missing
        JsonNode paypal = json.at("/transactions_paypal");
        assertEquals(1000, paypal.get("rows").asLong(), paypal.toString());
        assertTrue(paypal.get("rows_per_s").asLong() > 0, paypal.toString());
        assertTrue(paypal.at("/outcomes/new").asLong() + paypal.at("/outcomes/skipped").asLong() > 0,
                paypal.toString());
        // its floor: the rows it wrote, by COPY — every transaction and every contact it created
        JsonNode paypalFloor = json.at("/paypal_rows_by_copy/table_rows_per_row_by_table");
        assertTrue(paypal.at("/table_rows_per_row_by_table/transactions/inserted").asDouble() > 0, paypal.toString());
        assertEquals(paypal.at("/table_rows_per_row_by_table/transactions/inserted").asDouble(),
                paypalFloor.at("/bench_rows_transactions/inserted").asDouble(), 0.0005, paypalFloor.toString());
        assertTrue(paypal.at("/table_rows_per_row_by_table/contacts/inserted").asDouble()
                <= paypalFloor.at("/bench_rows_contacts/inserted").asDouble(), paypalFloor.toString());
        assertEquals("paypal_rows_by_copy", paypal.get("floor").asText());
        // the floors of the Kajabi imports write, table by table, as many rows as the import inserted and updated
        assertFloorWritesTheImportsRows(json, "import_all_new", "import_rows_by_copy");
        assertFloorWritesTheImportsRows(json, "import_all_known", "known_rows_by_copy");
        assertEquals("known_rows_by_copy", json.at("/import_all_known/floor").asText());
        assertEquals(100, json.at("/scale_small_db/outcomes/new").asLong());
        assertEquals(10, json.at("/scale/small_db_contacts").asLong());
        assertEquals(1000, json.at("/scale/large_db_contacts").asLong());
        assertTrue(json.at("/scale/ratio").asDouble() > 0);
        assertEquals("applied", json.at("/latency/status").asText());
        assertTrue(json.at("/latency/seconds").asDouble() >= json.at("/latency/import_s").asDouble());
        assertTrue(json.at("/memory/completed").asBoolean(), json.at("/memory").toString());
        assertNotNull(json.at("/memory/peak_rss_mb").numberValue());
        assertTrue(json.at("/machine/cores").asInt() > 0);
        assertEquals(6, json.at("/targets").size());
        String table = results.table();
        assertTrue(table.contains("COPY baseline") && table.contains("transactions (PayPal activity)")
                && table.contains("the all-new import's rows by COPY") && table.contains("table rows written per "
                + "file row"), table);
        assertTrue(log.stream().anyMatch(l -> l.contains("memory")), log.toString());
    }

    /** Each table the import wrote rows of (the batch's own ledger row and the shared tags and products aside). */
    private static void assertFloorWritesTheImportsRows(JsonNode json, String figure, String floor) {
        JsonNode imported = json.at("/" + figure + "/table_rows_per_row_by_table");
        JsonNode copied = json.at("/" + floor + "/table_rows_per_row_by_table");
        List<String> tables = new ArrayList<>();
        imported.fieldNames().forEachRemaining(tables::add);
        tables.removeAll(List.of("import_batches", "tags", "products"));
        assertTrue(tables.contains("contacts"), imported.toString());
        for (String table : tables) {
            JsonNode rows = imported.get(table);
            assertEquals(rows.path("inserted").asDouble() + rows.path("updated").asDouble(),
                    copied.at("/bench_rows_" + table + "/inserted").asDouble(), 0.0005,
                    figure + " " + table + ": " + imported + " " + copied);
        }
    }
}
