package dev.crosswalk.adopt;

import static dev.crosswalk.adopt.LegacyValues.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Tags and products with their links. The legacy database keeps tags twice (the tags table and the contacts.tags
 * array); names equal after lower(trim(...)) are one tag, spelled as the table spells it.
 */
final class LabelMapping {

    private final LegacySnapshot snapshot;
    private final Adoption adoption;
    private final Set<String> live;
    private final Set<String> deleted;

    LabelMapping(LegacySnapshot snapshot, Adoption adoption, Set<String> live, Set<String> deleted) {
        this.snapshot = snapshot;
        this.adoption = adoption;
        this.live = live;
        this.deleted = deleted;
    }

    void map() {
        Map<String, String> tagById = labels("tags", (norm, row) -> adoption.tagNames.put(norm, text(row, "name")));
        Map<String, String> productById = labels("products", (norm, row) -> adoption.products.put(norm,
                new Adoption.Product(text(row, "name"), text(row, "kajabi_offer_id"))));
        links("contact_tags", "tag_id", tagById, true);
        links("contact_products", "product_id", productById, false);
        for (Map<String, String> row : snapshot.rows("contacts")) {
            if (!live.contains(row.get("id"))) {
                continue;
            }
            for (String value : LegacyValues.textArray(row, "tags")) {
                String norm = norm(value);
                if (norm != null) {
                    adoption.tagNames.putIfAbsent(norm, norm);
                    adoption.people.get(row.get("id")).tags().add(norm);
                }
            }
        }
    }

    /** Live labels by legacy id → normalised name; each kept by {@code keep}. */
    private Map<String, String> labels(String table, BiConsumer<String, Map<String, String>> keep) {
        Map<String, String> byId = new HashMap<>();
        for (Map<String, String> row : snapshot.rows(table)) {
            String name = text(row, "name");
            if (text(row, "deleted_at") != null) {
                adoption.softDeleted("soft-deleted " + table);
                continue;
            }
            if (name == null) {
                adoption.problem(table, row.get("id"), "name", null, "no name", "not adopted");
                continue;
            }
            byId.put(row.get("id"), norm(name));
            keep.accept(norm(name), row);
        }
        return byId;
    }

    private void links(String table, String labelColumn, Map<String, String> labelById, boolean tags) {
        for (Map<String, String> row : snapshot.rows(table)) {
            String contact = row.get("contact_id");
            String label = labelById.get(row.get(labelColumn));
            if (deleted.contains(contact)) {
                adoption.softDeleted(table + " of soft-deleted contacts");
            } else if (label == null || !live.contains(contact)) {
                adoption.problem(table, row.get("id"), label == null ? labelColumn : "contact_id",
                        label == null ? row.get(labelColumn) : contact,
                        label == null ? "its " + labelColumn.replace("_id", "") + " is soft-deleted or missing"
                                : "its contact is not in the snapshot", "link not adopted");
            } else if (tags) {
                adoption.people.get(contact).tags().add(label);
            } else {
                adoption.people.get(contact).products().add(label);
            }
        }
    }

    static String norm(String name) {
        if (name == null) {
            return null;
        }
        String norm = name.strip().toLowerCase(Locale.ROOT);
        return norm.isEmpty() ? null : norm;
    }
}
