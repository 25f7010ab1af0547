package dev.crosswalk.source;

import dev.crosswalk.model.ContactData;
import dev.crosswalk.model.SubscriptionData;
import dev.crosswalk.model.TransactionData;
import java.util.List;

/** What a row mapper made of a row: data to import, or a reason it is rejected or skipped. */
public sealed interface RowResult {

    /**
     * A person, and for money exports the transaction or subscription the row states (else null); {@code warnings}
     * name the values of optional columns that could not be read and were left out (the row is applied without them).
     */
    record Mapped(ContactData contact, TransactionData transaction, SubscriptionData subscription,
            List<String> warnings) implements RowResult {

        public Mapped {
            warnings = List.copyOf(warnings);
        }

        public Mapped(ContactData contact, TransactionData transaction, SubscriptionData subscription) {
            this(contact, transaction, subscription, List.of());
        }

        public Mapped(ContactData contact) {
            this(contact, null, null);
        }

        /** The same row, applied with these warnings. */
        public Mapped withWarnings(List<String> rowWarnings) {
            return new Mapped(contact, transaction, subscription, rowWarnings);
        }
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

    static RowResult mapped(ContactData contact, TransactionData transaction) {
        return contact.identifiable() ? new Mapped(contact, transaction, null)
                : new Rejected("no usable email or id");
    }

    static RowResult mapped(ContactData contact, SubscriptionData subscription) {
        return contact.identifiable() ? new Mapped(contact, null, subscription)
                : new Rejected("no usable email or id");
    }
}
