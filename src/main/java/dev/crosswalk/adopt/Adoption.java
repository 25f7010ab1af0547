package dev.crosswalk.adopt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What adopting a legacy snapshot will write, before anything is written: people with their emails, ids, tags and
 * products, subscriptions, transactions, the DUPLICATE pairs, and every legacy value that does not come across as
 * it was (a {@link Problem}), with its effect on the reconciliation's figures.
 */
final class Adoption {

    record Email(String key, String display, String kind, String source) {
    }

    record Identity(String source, String externalId) {
    }

    record Person(String legacyId, String firstName, String lastName, String phone, String addressLine1,
            String addressLine2, String city, String region, String postalCode, String country, String sourceSystem,
            String lockLevel, String lockReason, boolean subscribed, boolean isProtected, String protectedReason,
            Instant createdAt, Instant consentObservedAt, List<Email> emails, List<Identity> identities,
            Set<String> tags, Set<String> products) {

        /** The display spelling of the first address it holds (its legacy primary unless another holds that). */
        String email() {
            return emails.isEmpty() ? null : emails.get(0).display();
        }
    }

    record Product(String name, String offerId) {
    }

    record Subscription(String legacyId, String legacyContactId, String source, String externalId,
            String productName, BigDecimal amount, String currency, String interval, String status, String provider,
            String providerReference, String coupon, LocalDate startedAt, LocalDate canceledAt, LocalDate trialEndsAt,
            LocalDate nextPaymentAt) {
    }

    record Transaction(String legacyId, String legacyContactId, String source, String externalId, String type,
            String status, BigDecimal amount, String currency, Instant occurredAt, String productName,
            String orderNumber, String paymentMethod, String legacySubscriptionId) {
    }

    /** How far a dropped value moves a reconciliation figure (legacy minus Crosswalk). */
    record Effect(String figure, BigDecimal delta) {
    }

    /** A legacy value that does not come across as it was, with why and what was done instead. */
    record Problem(String table, String legacyId, String field, String value, String reason, String outcome,
            List<Effect> effects) {
    }

    /** Two legacy contacts using one email or one id: the first keeps it, the second is named with it. */
    record Duplicate(String keptLegacyId, String otherLegacyId, String what) {
    }

    final Map<String, Person> people = new LinkedHashMap<>();
    final Map<String, String> tagNames = new LinkedHashMap<>();
    /** Products by normalised name. */
    final Map<String, Product> products = new LinkedHashMap<>();
    final List<Subscription> subscriptions = new ArrayList<>();
    final List<Transaction> transactions = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final List<Duplicate> duplicates = new ArrayList<>();
    /** Rows not adopted because the legacy database soft-deleted them (or their contact), by what they are. */
    final Map<String, Long> softDeleted = new LinkedHashMap<>();
    private final Set<String> counted = new HashSet<>();

    void problem(String table, String legacyId, String field, String value, String reason, String outcome,
            Effect... effects) {
        problems.add(new Problem(table, legacyId, field, value, reason, outcome, List.of(effects)));
    }

    /**
     * A legacy value missing from a figure that counts distinct values: only the first sighting of {@code raw}
     * moves the figure, since the legacy side counted it once.
     */
    Effect[] distinctEffect(String figure, String raw) {
        return counted.add(figure + "\u0000" + raw) ? new Effect[] {new Effect(figure, BigDecimal.ONE)}
                : new Effect[0];
    }

    /** Marks {@code raw} as represented in {@code figure} (the adopted spelling of a distinct value). */
    boolean represented(String figure, String raw) {
        return counted.add(figure + "\u0000" + raw);
    }

    void softDeleted(String what) {
        softDeleted.merge(what, 1L, Long::sum);
    }
}
