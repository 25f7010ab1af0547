package dev.crosswalk.sample;

import dev.crosswalk.source.kajabi.KajabiLayouts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import org.apache.commons.csv.QuoteMode;

/** Kajabi's subscriptions and transactions exports (docs/sources.md), as column tables. */
final class KajabiMoneySamples {

    /** A subscription paid for this many periods at most (a long-standing monthly member shows its last two years). */
    private static final int MOST_PAYMENTS = 24;

    private KajabiMoneySamples() {
    }

    /**
     * A Kajabi subscription and its payments: every billing period from its start until it was canceled or, for
     * one still active, until the reference date, so an active subscription is paid up to date.
     */
    record Subscription(Person person, long id, Offers offer, String status, Instant created, String coupon,
            Instant canceledOn, List<Instant> payments, Instant nextPayment) {

        boolean canceled() {
            return canceledOn != null;
        }
    }

    record Charge(Person person, long id, Offers offer, BigDecimal amount, String type, String status, Instant at) {
    }

    /** How long before the reference date the previous subscriptions export was made (the demo's older file). */
    static final Duration PREVIOUS_EXPORT_AGE = Duration.ofDays(31);

    /** The latest subscriptions export: every subscription but the few it no longer lists. */
    static SampleFormat<Subscription> subscriptions() {
        return subscriptions("kajabi-subscriptions", "Kajabi subscriptions",
                (people, s) -> !people.in(s.person().index(), Membership.KAJABI_SUBSCRIPTION_UNLISTED));
    }

    /**
     * The subscriptions export of a month before: the subscriptions started by then, including the few the latest
     * export no longer lists (imported before it, they are the subscriptions its reconciliation finds missing).
     */
    static SampleFormat<Subscription> previousSubscriptions() {
        return subscriptions("kajabi-subscriptions-previous", "Kajabi subscriptions, a month before",
                (people, s) -> s.created().isBefore(people.asOf().minus(PREVIOUS_EXPORT_AGE)));
    }

    private static SampleFormat<Subscription> subscriptions(String name, String description,
            BiPredicate<People, Subscription> listed) {
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
                Column.of("Next Payment Date", s -> s.canceled() ? "" : SampleText.monthDayYear(s.nextPayment())),
                Column.of("Canceled On", s -> s.canceled() ? SampleText.monthDayYear(s.canceledOn()) : ""),
                Column.of("Trial Ends On", s -> s.id() % 10 == 0
                        ? SampleText.monthDayYear(s.created().plus(Duration.ofDays(14))) : ""),
                Column.of("Provider", s -> "PayPal"),
                Column.of("Provider ID", s -> Offers.paypalProfile(s.person().index())),
                Column.of("Coupon Used", Subscription::coupon));
        return new SampleFormat<>(name, "kajabi-subscriptions", description, SampleEncoding.UTF8, QuoteMode.MINIMAL,
                DeclaredColumns.of(KajabiLayouts.subscriptions().header(), c), (people, index) -> {
                    Subscription s = subscription(people, index);
                    return s == null || !listed.test(people, s) ? List.of() : List.of(s);
                });
    }

    /** The Kajabi subscription of a person, or null when they have none. */
    static Subscription subscription(People people, long index) {
        if (!people.in(index, Membership.KAJABI_SUBSCRIBER)) {
            return null;
        }
        SplittableRandom r = people.random(index, 21);
        double roll = r.nextDouble();
        String status = roll < 0.55 ? "Active" : roll < 0.93 ? "Canceled" : "Pending Cancellation";
        Person p = people.person(index);
        long id = 35_000_000L + index * 7;
        Offers offer = Offers.of(index);
        Instant joined = p.createdAt().plus(Duration.ofDays(r.nextInt(400)));
        String coupon = r.nextInt(20) == 0 ? "EARLYBIRD" : "";
        Instant asOf = people.asOf();
        Instant created;
        Instant canceledOn = null;
        if (status.equals("Canceled")) {
            // canceled within the year before the reference date at the latest
            Instant latest = asOf.minus(Duration.ofDays(365));
            created = joined.isAfter(latest) ? latest : joined;
            canceledOn = created.plus(Duration.ofDays(40 + id % 300));
        } else {
            // still running: started within the last two years, paid every period since
            created = asOf.minus(Duration.ofDays(20 + people.random(index, 23).nextInt(700)));
        }
        List<Instant> payments = new ArrayList<>();
        Instant due = created;
        Instant end = canceledOn != null ? canceledOn : asOf;
        while (due.isBefore(end)) {
            payments.add(due);
            due = next(due, offer);
        }
        List<Instant> recent = payments.subList(Math.max(0, payments.size() - MOST_PAYMENTS), payments.size());
        return new Subscription(p, id, offer, status, created, coupon, canceledOn, List.copyOf(recent), due);
    }

    private static Instant next(Instant due, Offers offer) {
        ZonedDateTime at = due.atZone(ZoneOffset.UTC);
        return (offer.interval().equals("Year") ? at.plusYears(1) : at.plusMonths(1)).toInstant();
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
                SampleEncoding.UTF8_BOM, QuoteMode.MINIMAL, DeclaredColumns.of(KajabiLayouts.transactions().header(), c),
                KajabiMoneySamples::charges);
    }

    /**
     * A customer's charges: a subscriber's are the subscription's payments; anyone else buys one to four times;
     * some charges fail, some are refunded.
     */
    private static List<Charge> charges(People people, long index) {
        if (!people.in(index, Membership.KAJABI_CUSTOMER)) {
            return List.of();
        }
        SplittableRandom r = people.random(index, 22);
        Person p = people.person(index);
        Offers offer = Offers.of(index);
        Subscription subscription = subscription(people, index);
        List<Instant> times = new ArrayList<>();
        if (subscription != null) {
            subscription.payments().forEach(t -> times.add(t.plusSeconds(r.nextInt(3_600))));
        } else {
            Instant at = p.createdAt().plus(Duration.ofDays(3));
            for (int k = 0, n = 1 + r.nextInt(4); k < n; k++) {
                at = at.plus(Duration.ofDays(25 + r.nextInt(10))).plusSeconds(r.nextInt(86_400));
                times.add(at);
            }
        }
        String type = subscription != null ? "subscription" : r.nextInt(4) == 0 ? "payment plan" : "charge";
        List<Charge> charges = new ArrayList<>(times.size() + 2);
        for (Instant at : times) {
            String status = r.nextInt(50) == 0 ? "failed" : "succeeded";
            charges.add(new Charge(p, chargeId(index, charges.size()), offer, offer.price(), type, status, at));
            if (status.equals("succeeded") && r.nextInt(25) == 0) {
                charges.add(new Charge(p, chargeId(index, charges.size()), offer, offer.price().negate(), "refund",
                        "succeeded", at.plus(Duration.ofDays(2))));
            }
        }
        return charges;
    }

    /** Unique per (person, charge): room for a subscription's payments and their refunds. */
    private static long chargeId(long index, int charge) {
        return 2_000_000_000L + index * 64 + charge;
    }
}
