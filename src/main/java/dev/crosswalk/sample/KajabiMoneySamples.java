package dev.crosswalk.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.QuoteMode;

/** Kajabi's subscriptions and transactions exports (docs/sources.md), as column tables. */
final class KajabiMoneySamples {

    private static final Instant EXPORTED = Instant.parse("2025-11-10T17:00:00Z");

    private KajabiMoneySamples() {
    }

    record Subscription(Person person, long id, Offers offer, String status, Instant created, String coupon) {
    }

    record Charge(Person person, long id, Offers offer, BigDecimal amount, String type, String status, Instant at) {
    }

    static SampleFormat<Subscription> subscriptions() {
        List<Column<Subscription>> c = List.of(
                Column.of("Kajabi Subscription ID", s -> Long.toString(s.id())),
                Column.of("Customer Email", s -> s.person().personalEmail()),
                Column.of("Customer Name", s -> s.person().name()),
                Column.of("Customer ID", s -> s.person().memberId()),
                Column.of("Offer ID", s -> s.offer().id()),
                Column.of("Offer Title", s -> s.offer().title()),
                Column.of("Amount", s -> SampleText.dollars(s.offer().price())),
                Column.of("Currency", s -> "USD"),
                Column.of("Interval", s -> s.offer().interval()),
                Column.of("Status", Subscription::status),
                Column.of("Created At", s -> SampleText.monthDayYear(s.created())),
                Column.of("Next Payment Date", s -> s.status().equals("Canceled") ? ""
                        : SampleText.monthDayYear(EXPORTED.plus(Duration.ofDays(1 + s.id() % 28)))),
                Column.of("Canceled On", s -> s.status().equals("Canceled")
                        ? SampleText.monthDayYear(s.created().plus(Duration.ofDays(40 + s.id() % 300))) : ""),
                Column.of("Trial Ends On", s -> s.id() % 10 == 0
                        ? SampleText.monthDayYear(s.created().plus(Duration.ofDays(14))) : ""),
                Column.of("Provider", s -> "PayPal"),
                Column.of("Provider ID", s -> Offers.paypalProfile(s.person().index())),
                Column.of("Coupon Used", Subscription::coupon));
        return new SampleFormat<>("kajabi-subscriptions", "kajabi-subscriptions", "Kajabi subscriptions",
                SampleEncoding.UTF8, QuoteMode.MINIMAL, c, (people, index) -> {
                    if (!people.in(index, Membership.KAJABI_SUBSCRIBER)) {
                        return List.of();
                    }
                    SplittableRandom r = people.random(index, 21);
                    double roll = r.nextDouble();
                    String status = roll < 0.55 ? "Active" : roll < 0.93 ? "Canceled" : "Pending Cancellation";
                    Person p = people.person(index);
                    return List.of(new Subscription(p, 35_000_000L + index * 7, Offers.of(index), status,
                            p.createdAt().plus(Duration.ofDays(r.nextInt(400))), r.nextInt(20) == 0 ? "EARLYBIRD" : ""));
                });
    }

    static SampleFormat<Charge> transactions() {
        List<Column<Charge>> c = List.of(
                Column.of("ID", t -> Long.toString(t.id())),
                Column.of("Amount", t -> SampleText.plain(t.amount())),
                Column.of("Currency", t -> "USD"),
                Column.of("Type", Charge::type),
                Column.of("Status", Charge::status),
                Column.blank("Payment Method"),
                Column.of("Created At", t -> SampleText.kajabiTime(t.at())),
                Column.of("Customer ID", t -> t.person().memberId()),
                Column.of("Customer Name", t -> t.person().name()),
                Column.of("Customer Email", t -> t.person().personalEmail()),
                Column.of("Offer ID", t -> t.offer().id()),
                Column.of("Offer Title", t -> t.offer().title()),
                Column.of("Order No.", t -> "N/A"),
                Column.of("Provider", t -> "PayPal"),
                Column.blank("Coupon Used"), Column.blank("Card Brand"), Column.blank("Card Funding"),
                Column.blank("Tax Amount"), Column.blank("Quantity"), Column.blank("Charge Attempt"),
                Column.of("Failure Message", t -> t.status().equals("failed") ? "Payment declined" : ""),
                Column.blank("Phone"), Column.blank("Address"), Column.blank("Address 2"), Column.blank("City"),
                Column.blank("State"), Column.blank("Zipcode"), Column.blank("Country"));
        return new SampleFormat<>("kajabi-transactions", "kajabi-transactions", "Kajabi transactions",
                SampleEncoding.UTF8_BOM, QuoteMode.MINIMAL, c, KajabiMoneySamples::charges);
    }

    /** One to four charges of a customer; subscribers' charges are subscription payments; some are refunded. */
    private static List<Charge> charges(People people, long index) {
        if (!people.in(index, Membership.KAJABI_CUSTOMER)) {
            return List.of();
        }
        SplittableRandom r = people.random(index, 22);
        Person p = people.person(index);
        Offers offer = Offers.of(index);
        String type = people.in(index, Membership.KAJABI_SUBSCRIBER) ? "subscription"
                : r.nextInt(4) == 0 ? "payment plan" : "charge";
        List<Charge> charges = new ArrayList<>(8);
        Instant at = p.createdAt().plus(Duration.ofDays(3));
        for (int k = 0, n = 1 + r.nextInt(4); k < n; k++) {
            at = at.plus(Duration.ofDays(25 + r.nextInt(10))).plusSeconds(r.nextInt(86_400));
            String status = r.nextInt(50) == 0 ? "failed" : "succeeded";
            charges.add(new Charge(p, 2_000_000_000L + index * 8 + charges.size(), offer, offer.price(), type, status,
                    at));
            if (status.equals("succeeded") && r.nextInt(25) == 0) {
                charges.add(new Charge(p, 2_000_000_000L + index * 8 + charges.size(), offer,
                        offer.price().negate(), "refund", "succeeded", at.plus(Duration.ofDays(2))));
            }
        }
        return charges;
    }
}
