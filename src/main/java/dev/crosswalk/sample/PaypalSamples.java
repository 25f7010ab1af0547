package dev.crosswalk.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.QuoteMode;

/**
 * PayPal's Activity download, the 41-column business default (docs/sources.md): every value quoted, US dates
 * with PST/PDT, grouped amounts, negative fees; subscription payments carry the Kajabi subscription's PayPal
 * profile (I-…) as Reference Txn ID, refunds and bank legs reference the payment they belong to, and currency
 * conversions and bank deposits (with PayPal's trailing space) are rows Crosswalk must skip.
 */
final class PaypalSamples {

    static final String ACCOUNT = "payments@riverstone-studio.example.org";
    static final String BANK_DEPOSIT = "Bank Deposit to PP Account ";
    private static final BigDecimal FEE_RATE = new BigDecimal("0.029");
    private static final BigDecimal FEE_FIXED = new BigDecimal("0.30");
    private static final String[] KINDS = {"Website Payment", "Express Checkout Payment", "Donation Payment"};

    private PaypalSamples() {
    }

    record Activity(Person person, String id, Instant at, String type, String status, BigDecimal gross,
            BigDecimal fee, String title, String reference, boolean padDate, boolean lastFirst) {

        boolean moneyIn() {
            return gross.signum() > 0;
        }

        boolean counterparty() {
            return !type.equals("General Currency Conversion") && !type.equals(BANK_DEPOSIT);
        }
    }

    static SampleFormat<Activity> activity(String name, SampleEncoding encoding) {
        List<Column<Activity>> c = new ArrayList<>(List.of(
                Column.of("Date", a -> (a.padDate() ? SampleText.PAYPAL_DATE_PADDED : SampleText.PAYPAL_DATE)
                        .format(a.at())),
                Column.of("Time", a -> SampleText.PAYPAL_TIME.format(a.at())),
                Column.of("TimeZone", a -> SampleText.PAYPAL_ZONE_NAME.format(a.at())),
                Column.of("Name", a -> !a.counterparty() ? "" : a.lastFirst()
                        ? a.person().last() + ", " + a.person().first() : a.person().nickname() + " " + a.person().last()),
                Column.of("Type", Activity::type),
                Column.of("Status", Activity::status),
                Column.of("Currency", a -> "USD"),
                Column.of("Gross", a -> SampleText.grouped(a.gross())),
                Column.of("Fee", a -> SampleText.grouped(a.fee())),
                Column.of("Net", a -> SampleText.grouped(a.gross().add(a.fee()))),
                Column.of("From Email Address", a -> !a.counterparty() ? "" : a.moneyIn() ? email(a) : ACCOUNT),
                Column.of("To Email Address", a -> !a.counterparty() ? "" : a.moneyIn() ? ACCOUNT : email(a)),
                Column.of("Transaction ID", Activity::id),
                Column.blank("Shipping Address"),
                Column.of("Address Status", a -> a.counterparty() ? "Confirmed" : ""),
                Column.of("Item Title", Activity::title),
                Column.blank("Item ID"), Column.blank("Shipping and Handling Amount"), Column.blank("Insurance Amount"),
                Column.of("Sales Tax", a -> "0.00"),
                Column.blank("Option 1 Name"), Column.blank("Option 1 Value"), Column.blank("Option 2 Name"),
                Column.blank("Option 2 Value"),
                Column.of("Reference Txn ID", Activity::reference),
                Column.blank("Invoice Number"), Column.blank("Custom Number"), Column.blank("Quantity"),
                Column.blank("Receipt ID"),
                Column.of("Balance", a -> "0.00"),
                Column.of("Address Line 1", a -> a.counterparty() ? a.person().street() : ""),
                Column.blank("Address Line 2/District/Neighborhood"),
                Column.of("Town/City", a -> a.counterparty() ? a.person().city() : ""),
                Column.of("State/Province/Region/County/Territory/Prefecture/Republic",
                        a -> a.counterparty() ? a.person().state() : ""),
                Column.of("Zip/Postal Code", a -> a.counterparty() ? a.person().zip() : ""),
                Column.of("Country", a -> a.counterparty() ? a.person().country() : ""),
                Column.of("Contact Phone Number", a -> a.counterparty() ? a.person().phone() : ""),
                Column.of("Subject", Activity::title),
                Column.blank("Note"),
                Column.of("Country Code", a -> "US"),
                Column.of("Balance Impact", a -> a.gross().signum() >= 0 ? "Credit" : "Debit")));
        return new SampleFormat<>(name, "paypal", "PayPal activity download (" + encoding + ")", encoding,
                QuoteMode.ALL, c, PaypalSamples::activities);
    }

    private static String email(Activity a) {
        return a.person().index() % 5 < 3 ? a.person().paypalEmail() : a.person().personalEmail();
    }

    /**
     * A person's PayPal rows: the subscription payments of Kajabi subscribers (every billing period), other
     * payments, refunds, skipped legs.
     */
    private static List<Activity> activities(People people, long index) {
        boolean subscriber = people.in(index, Membership.KAJABI_SUBSCRIBER);
        if (!subscriber && !people.in(index, Membership.PAYPAL)) {
            return List.of();
        }
        SplittableRandom r = people.random(index, 31);
        Person p = people.person(index);
        List<Activity> rows = new ArrayList<>(16);
        Offers offer = Offers.of(index);
        List<Instant> times = new ArrayList<>();
        if (subscriber) {
            // the PayPal side of the Kajabi subscription: the same billing periods
            KajabiMoneySamples.subscription(people, index).payments()
                    .forEach(t -> times.add(t.plusSeconds(r.nextInt(3_600))));
        } else {
            Instant at = p.createdAt();
            for (int k = 0, n = 1 + r.nextInt(2); k < n; k++) {
                at = at.plus(Duration.ofDays(20 + r.nextInt(15))).plusSeconds(r.nextInt(86_400));
                times.add(at);
            }
        }
        for (Instant at : times) {
            boolean pad = r.nextInt(10) == 0;
            BigDecimal gross = subscriber ? offer.price() : SampleText.cents(1_000 + 100L * r.nextInt(1_600));
            String payment = id(index, rows.size());
            rows.add(new Activity(p, payment, at, subscriber ? "Subscription Payment" : KINDS[r.nextInt(KINDS.length)],
                    "Completed", gross, fee(gross), offer.title(), subscriber ? Offers.paypalProfile(index) : "",
                    pad, r.nextInt(10) == 0));
            int extra = r.nextInt(100);
            if (extra < 5) {
                rows.add(new Activity(p, id(index, rows.size()), at.plus(Duration.ofDays(3)), "Payment Refund",
                        "Completed", gross.negate(), fee(gross).negate(), offer.title(), payment, pad, false));
            } else if (extra < 8) {
                rows.add(new Activity(p, id(index, rows.size()), at, "General Currency Conversion", "Completed",
                        gross.negate(), BigDecimal.ZERO.setScale(2), "", payment, pad, false));
            } else if (extra < 10) {
                rows.add(new Activity(p, id(index, rows.size()), at, BANK_DEPOSIT, "Completed", gross,
                        BigDecimal.ZERO.setScale(2), "", payment, pad, false));
            }
        }
        return rows;
    }

    private static BigDecimal fee(BigDecimal gross) {
        return gross.multiply(FEE_RATE).add(FEE_FIXED).setScale(2, RoundingMode.HALF_UP).negate();
    }

    /** 17 upper-case characters, unique per (person, row). */
    private static String id(long index, int row) {
        return SampleRandom.code(Math.floorMod(SampleRandom.mix(index + 0x9E3779B9L), 60_000_000L), 5)
                + SampleRandom.code(index * 64 + row, 12);
    }
}
