package dev.crosswalk.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One money movement a row states, keyed by (source, externalId). {@code amount} is the gross, signed (refunds and
 * money out negative); {@code fee} is signed as PayPal writes it (negative). {@code reference} is the original
 * transaction of a refund or the subscription profile ({@code I-…}) a payment belongs to; a reference of that form
 * links the transaction to the subscription whose provider reference it is. {@code event} is set for orders of an
 * event (Ticket Tailor). {@code paid}, {@code refunded} and {@code cancelled} are what an order export states.
 */
public record TransactionData(String externalId, String type, String status, BigDecimal amount, BigDecimal fee,
        BigDecimal net, String currency, Instant occurredAt, String offerTitle, String orderNumber,
        String paymentMethod, String reference, EventData event, BigDecimal paid, BigDecimal refunded,
        Boolean cancelled) {

    /** The PayPal subscription profile a payment belongs to ({@code I-…}), or null. */
    public String subscriptionReference() {
        return reference != null && reference.startsWith("I-") ? reference : null;
    }
}
