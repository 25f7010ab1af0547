package dev.crosswalk.model;

import java.util.Locale;

/** The groups of contact data that import_lock_rules open or close per lock level. */
public enum FieldGroup {
    SUBSCRIPTION, NAME, ADDRESS, SOURCE_SYSTEM, ENRICHED;

    /** The value stored in import_lock_rules.field_group. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FieldGroup ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
