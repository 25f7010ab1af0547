package dev.crosswalk.rollback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.rollback.Catalog.Reference;
import dev.crosswalk.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What undo finds pointing at a row before it deletes one: the references of the foreign keys that remain and of
 * those V191 replaced (unenforced_references), each as the foreign key it replaced said it, so undo deletes and
 * keeps whole, or detaches, exactly what it did before.
 */
class CatalogTest {

    @Test
    void theReferencesIntoARowAreThoseTheForeignKeysNamedBeforeSomeWereDeclaredInstead() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.freshDatabaseUrl(), "postgres", "")) {
            Catalog catalog = new Catalog(c);
            assertEquals(List.of(
                    belongs("consent_events", "contact_id", true),
                    belongs("contact_emails", "contact_id", true),
                    belongs("contact_identities", "contact_id", true),
                    new Reference("contact_merges", "kept_contact_id", false, false, true),
                    new Reference("contact_merges", "merged_contact_id", false, false, true),
                    belongs("contact_products", "contact_id", false),
                    belongs("contact_provenance", "id", true),
                    belongs("contact_tags", "contact_id", false),
                    pointsAt("import_conflicts", "contact_id"),
                    pointsAt("subscriptions", "contact_id"),
                    pointsAt("transactions", "contact_id")), catalog.references("contacts"));
            assertEquals(List.of(new Reference("contact_tags", "tag_id", false, false, false)),
                    catalog.references("tags"));
            assertEquals(List.of(new Reference("contact_products", "product_id", false, false, false),
                    pointsAt("subscriptions", "product_id"), pointsAt("transactions", "product_id")),
                    catalog.references("products"));
            assertEquals(List.of(pointsAt("transactions", "event_id")), catalog.references("events"));
            assertEquals(List.of(pointsAt("transactions", "subscription_id")), catalog.references("subscriptions"));
            assertEquals(List.of(), catalog.references("transactions"));
        }
    }

    /** A row that goes with the one it names (on delete cascade, not null). */
    private static Reference belongs(String table, String column, boolean hasId) {
        return new Reference(table, column, true, false, hasId);
    }

    /** A row that merely names one and keeps existing without it (nullable, no cascade). */
    private static Reference pointsAt(String table, String column) {
        return new Reference(table, column, false, true, true);
    }
}
