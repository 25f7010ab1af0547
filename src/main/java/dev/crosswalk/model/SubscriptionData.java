package dev.crosswalk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A subscription as a full subscriptions export states it, keyed by (source, externalId). {@code providerReference}
 * is the payment provider's id for it (PayPal's subscription profile {@code I-…}), which PayPal payments name.
 */
public record SubscriptionData(String externalId, String status, BigDecimal amount, String currency,
        String interval, String offerTitle, String provider, String providerReference, String coupon,
        LocalDate startedAt, LocalDate canceledAt, LocalDate trialEndsAt, LocalDate nextPaymentAt) {
}
