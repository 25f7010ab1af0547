package dev.crosswalk.source.paypal;

import java.util.Arrays;

/**
 * The kinds of row PayPal's transaction event codes name, as {@code paypal/event-codes.csv} declares them for each
 * code and event group: customer money (a payment, a subscription payment, a refund, a reversal) whose direction
 * decides whether it is stored, money the account sent, and movements that are not customer money, each skipped with
 * its reason.
 */
enum PayPalEvent {
    PAYMENT("payment", "payment"),
    SUBSCRIPTION_PAYMENT("subscription_payment", "subscription_payment"),
    REFUND("refund", "refund"),
    REVERSAL("reversal", "reversal"),
    SENT("sent", null),
    CONVERSION("conversion", "currency conversion"),
    BANK("bank", "bank deposit or withdrawal"),
    FUNDING("funding", "funding of the account (a card or credit deposit)"),
    CARD("card", "PayPal card transaction or card withdrawal"),
    FEE("fee", "PayPal fee or its reversal, not tied to a customer payment"),
    BONUS("bonus", "bonus, incentive or dividend from PayPal"),
    HOLD("hold", "hold or release"),
    AUTHORISATION("authorisation", "authorisation (no money moved)"),
    ADJUSTMENT("adjustment", "account adjustment or correction"),
    TRANSFER("transfer", "transfer between balances or accounts"),
    PAYOUT("payout", "payout or rebate that is not a customer payment"),
    OTHER("other", "a PayPal movement that is not a customer payment");

    static final String REFUND_RECEIVED = "a refund the organisation received for a payment it made";

    private final String name;
    private final String meaning;

    /** {@code meaning}: the transactions.type of customer money, else why such a row is skipped. */
    PayPalEvent(String name, String meaning) {
        this.name = name;
        this.meaning = meaning;
    }

    /** The kind a row of {@code event-codes.csv} names. */
    static PayPalEvent named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no PayPal event kind " + name));
    }

    /** Whether money in or out of this kind can be a customer's (its direction decides). */
    boolean customerMoney() {
        return this == PAYMENT || this == SUBSCRIPTION_PAYMENT || this == REFUND || this == REVERSAL;
    }

    /**
     * The transactions.type of a row of this kind in that direction, or null when it is not customer money: a
     * payment out is one the account made, a refund in one it received; a reversal is stored either way.
     */
    String stored(boolean moneyOut) {
        return switch (this) {
            case PAYMENT, SUBSCRIPTION_PAYMENT -> moneyOut ? null : meaning;
            case REFUND -> moneyOut ? meaning : null;
            case REVERSAL -> meaning;
            default -> null;
        };
    }

    /** Why a row of this kind in that direction is skipped (its {@link #stored} is null). */
    String skipReason(boolean moneyOut) {
        return switch (this) {
            case PAYMENT, SUBSCRIPTION_PAYMENT, SENT -> PayPalLayouts.SENT;
            case REFUND -> "not customer money: " + REFUND_RECEIVED;
            default -> "not customer money: " + meaning;
        };
    }
}
