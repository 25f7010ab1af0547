package dev.crosswalk.source.paypal;

import java.util.List;
import java.util.Locale;

/**
 * What a PayPal activity row's {@code Type} makes of it: customer money (a payment, a subscription payment, a
 * refund, a reversal, a fee) stored as a transaction, or a movement that is not customer money (conversions, bank
 * legs, holds, authorisations, withdrawals, transfers), skipped and counted. PayPal has dozens of type names over
 * the years ("Website Payment", "Recurring Payment Received", "Bank Deposit to PP Account "), so they are read
 * by the words they contain, the first matching rule winning. Type names in other languages are not listed: such
 * rows are classified by their structure (see {@link PayPalLayouts}).
 */
enum PayPalType {
    SKIP_CONVERSION(null, "currency conversion", "conversion"),
    SKIP_HOLD(null, "hold or release", "hold", "release"),
    SKIP_AUTHORISATION(null, "authorisation", "authorization", "authorisation", "void"),
    SKIP_TRANSFER(null, "bank leg, withdrawal or transfer", "withdrawal", "deposit", "transfer", "debit card"),
    REFUND("refund", null, "refund"),
    REVERSAL("reversal", null, "reversal", "chargeback"),
    SUBSCRIPTION_PAYMENT("subscription_payment", null, "subscription", "recurring"),
    FEE("fee", null, "fee"),
    PAYMENT("payment", null, "payment", "donation", "checkout", "invoice", "money received", "cart", "echeck",
            "send money");

    private final String stored;
    private final String skipReason;
    private final List<String> words;

    PayPalType(String stored, String skipReason, String... words) {
        this.stored = stored;
        this.skipReason = skipReason;
        this.words = List.of(words);
    }

    /** The rule a Type cell falls under, or null when it names nothing Crosswalk knows. */
    static PayPalType of(String type) {
        String text = type.toLowerCase(Locale.ROOT);
        for (PayPalType t : values()) {
            if (t.words.stream().anyMatch(text::contains)) {
                return t;
            }
        }
        return null;
    }

    /** The transactions.type value, null for a skipped kind. */
    String stored() {
        return stored;
    }

    /**
     * Money out of this kind is how the organisation pays others (a payment it made, whatever it references: PayPal
     * writes a refund's type as a refund); a refund, reversal or fee out is customer money as it stands.
     */
    boolean sentWhenMoneyOut() {
        return this == PAYMENT || this == SUBSCRIPTION_PAYMENT;
    }

    /** Why a row of this kind is skipped, null for customer money. */
    String skipReason() {
        return skipReason;
    }
}
