package dev.crosswalk.sample;

/**
 * Which tools know a person, and what they said about email. A share is of the whole population, or of the
 * members of {@code within}; so the same people turn up in several sources (as in a real organisation: most are in Kajabi, a few
 * in Zoho, PayPal and Ticket Tailor).
 */
public enum Membership {
    KAJABI(0.90, null),
    /** on Kajabi's subscribed segment; the other Kajabi members are on the unsubscribed one */
    KAJABI_SUBSCRIBED(0.60, KAJABI),
    /** bought something: has a Kajabi member id and transactions */
    KAJABI_CUSTOMER(0.25, KAJABI),
    /** pays a Kajabi subscription through PayPal (Provider ID = the PayPal profile I-…) */
    KAJABI_SUBSCRIBER(0.28, KAJABI_CUSTOMER),
    /** a Mailchimp member who unsubscribed; otherwise, subscribed or cleaned */
    MAILCHIMP_UNSUBSCRIBED(0.15, null),
    MAILCHIMP_CLEANED(0.05, null),
    PAYPAL(0.12, null),
    ZOHO(0.08, null),
    TICKET_TAILOR(0.10, null),
    MAILCHIMP(0.35, null),
    MANUAL(0.04, null),
    /**
     * a subscription the latest subscriptions export no longer lists (the previous month's did); last, so that
     * adding it moved nobody's other memberships
     */
    KAJABI_SUBSCRIPTION_UNLISTED(0.015, KAJABI_SUBSCRIBER);

    private final double share;
    private final Membership within;

    Membership(double share, Membership within) {
        this.share = share;
        this.within = within;
    }

    double share() {
        return share;
    }

    Membership within() {
        return within;
    }
}
