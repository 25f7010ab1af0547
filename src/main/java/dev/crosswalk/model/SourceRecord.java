package dev.crosswalk.model;

/**
 * One usable row of an export, with the physical line it started on: the person it is about, and for money
 * exports the transaction or subscription it states (null when it states none).
 */
public record SourceRecord(long line, ContactData contact, TransactionData transaction,
        SubscriptionData subscription) {

    public SourceRecord(long line, ContactData contact) {
        this(line, contact, null, null);
    }
}
