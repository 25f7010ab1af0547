package dev.crosswalk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlTest {

    @Test
    void aPlaceholderTakesAPlainIdentifier() {
        String sql = Sql.load("rollback/child-ids", Map.of("table", "contact_emails", "column", "contact_id"));

        assertTrue(sql.contains("select id from contact_emails where contact_id = any(?)"), sql);
    }

    @Test
    void anythingButAPlainLowerCaseIdentifierIsRefused() {
        for (String notAnIdentifier : new String[] {"contacts; drop table contacts", "\"contacts\"", "Contacts",
                "contacts c", "", "1contacts"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> Sql.load("audit/view-rows", Map.of("view", notAnIdentifier)));
            assertEquals("not a plain identifier for {view} in audit/view-rows: " + notAnIdentifier,
                    refused.getMessage());
        }
    }
}
