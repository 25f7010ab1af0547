package dev.crosswalk.apply;

/**
 * A named label attached to contacts (tags, products): where its names live, how a contact is linked to one,
 * and how the link is audited. The two differ only in this data, so one writer serves both.
 */
public record LabelTable(String upsertSql, String idsSql, String linkSql, boolean scopedBySource, String labelTable,
        String linkTable, String idColumn, String auditField) {

    public static final LabelTable TAGS = new LabelTable("apply/tags-upsert", "apply/tags-ids",
            "apply/contact-tags-insert", false, "tags", "contact_tags", "tag_id", "tag");
    public static final LabelTable PRODUCTS = new LabelTable("apply/products-upsert", "apply/products-ids",
            "apply/contact-products-insert", true, "products", "contact_products", "product_id", "product");
}
