package dev.crosswalk.decide;

/**
 * What is known about a contact paying someone else's subscription profile: enough to tell a contact that exists
 * only because PayPal named a payer (merged into the subscription's contact) from a person known elsewhere.
 */
public record PayerFacts(String sourceSystem, String lockReason, boolean emailFromAnotherSource, boolean hasIdentity,
        boolean hasTag, boolean paysThroughAnotherSource) {

    public static final String PAYPAL = "paypal";

    /**
     * Made by PayPal payments alone and never touched by a person (a lock a person set, an email, id, tag or payment
     * from anywhere else): the profile says who it is, as the other order of arrival would.
     */
    boolean knownOnlyAsPayPalPayer() {
        return PAYPAL.equals(sourceSystem) && (lockReason == null || lockReason.startsWith("auto:"))
                && !emailFromAnotherSource && !hasIdentity && !hasTag && !paysThroughAnotherSource;
    }
}
