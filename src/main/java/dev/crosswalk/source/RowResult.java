package dev.crosswalk.source;

import dev.crosswalk.model.ContactData;

/** What a row mapper made of a row: data to import, or a reason it is rejected or skipped. */
public sealed interface RowResult {

    record Mapped(ContactData contact) implements RowResult {
    }

    /** The row cannot be used (no usable email or id, a bad value): it is reported for correction. */
    record Rejected(String reason) implements RowResult {
    }

    /** The row is not about a customer (a transfer, a hold) and is counted, not imported. */
    record Skipped(String reason) implements RowResult {
    }

    static RowResult mapped(ContactData contact) {
        return contact.identifiable() ? new Mapped(contact) : new Rejected("no usable email or id");
    }
}
