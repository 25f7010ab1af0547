package dev.crosswalk.model;

/** How much an import may change a contact; the field groups each level opens are rows of import_lock_rules. */
public enum LockLevel {
    FULL_LOCK, PARTIAL_LOCK, UNLOCKED
}
