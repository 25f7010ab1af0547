package dev.crosswalk.sample;

import java.math.BigDecimal;
import java.util.List;

/** What the invented organisation sells: Kajabi offers with their prices and billing intervals. */
record Offers(String id, String title, BigDecimal price, String interval) {

    static final List<Offers> ALL = List.of(
            new Offers("2147539633", "Deep Practice Membership", SampleText.cents(4_900), "Month"),
            new Offers("2147539634", "Deep Practice Membership (annual)", SampleText.cents(49_000), "Year"),
            new Offers("2147539640", "Teacher Training 2026", SampleText.cents(108_900), "Year"),
            new Offers("2147539651", "Foundations Course", SampleText.cents(24_200), "Month"),
            new Offers("2147539660", "Retreat Deposit", SampleText.cents(156_000), "Year"));

    static Offers of(long key) {
        return ALL.get((int) Math.floorMod(key, ALL.size()));
    }

    /** The PayPal subscription profile paying a person's Kajabi subscription (Kajabi "Provider ID"). */
    static String paypalProfile(long personIndex) {
        return "I-" + SampleRandom.code(personIndex, 12);
    }
}
