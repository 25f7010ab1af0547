package dev.crosswalk.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import dev.crosswalk.source.paypal.PayPalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.QuoteMode;

/**
 * PayPal's Activity download, the 41-column business default, its header taken from the layout Crosswalk reads
 * ({@link PayPalLayout#DEFAULT}) so that what is generated and what is read cannot drift apart: every value quoted, US dates
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
        List<Column<Activity>> values = new ArrayList<>();
        values.add(Column.of("Date", a -> (a.padDate() ? SampleText.PAYPAL_DATE_PADDED : SampleText.PAYPAL_DATE).format(a.at())));
        values.add(Column.of("Time", a -> SampleText.PAYPAL_TIME.format(a.at())));
        values.add(Column.of("TimeZone", a -> SampleText.PAYPAL_ZONE_NAME.format(a.at())));
        values.add(Column.of("Name", a -> !a.counterparty() ? "" : a.lastFirst()
                ? a.person().last() + ", " + a.person().first() : a.person().nickname() + " " + a.person().last()));
        values.add(Column.of("Type", Activity::type));
        values.add(Column.of("Status", Activity::status));
        values.add(Column.of("Currency", a -> "USD"));
        values.add(Column.of("Gross", a -> SampleText.grouped(a.gross())));
        values.add(Column.of("Fee", a -> SampleText.grouped(a.fee())));
        values.add(Column.of("Net", a -> SampleText.grouped(a.gross().add(a.fee()))));
        values.add(Column.of("From Email Address", a -> !a.counterparty() ? "" : a.moneyIn() ? email(a) : ACCOUNT));
        values.add(Column.of("To Email Address", a -> !a.counterparty() ? "" : a.moneyIn() ? ACCOUNT : email(a)));
        values.add(Column.of("Transaction ID", Activity::id));
        values.add(Column.of("Address Status", a -> a.counterparty() ? "Confirmed" : ""));
        values.add(Column.of("Item Title", Activity::title));
        values.add(Column.of("Sales Tax", a -> "0.00"));
        values.add(Column.of("Reference Txn ID", Activity::reference));
        values.add(Column.of("Balance", a -> "0.00"));
        values.add(Column.of("Address Line 1", a -> a.counterparty() ? a.person().street() : ""));
        values.add(Column.of("Town/City", a -> a.counterparty() ? a.person().city() : ""));
        values.add(Column.of("State/Province/Region/County/Territory/Prefecture/Republic",
                a -> a.counterparty() ? a.person().state() : ""));
        values.add(Column.of("Zip/Postal Code", a -> a.counterparty() ? a.person().zip() : ""));
        values.add(Column.of("Country", a -> a.counterparty() ? a.person().country() : ""));
        values.add(Column.of("Contact Phone Number", a -> a.counterparty() ? a.person().phone() : ""));
        values.add(Column.of("Subject", Activity::title));
        values.add(Column.of("Country Code", a -> "US"));
        values.add(Column.of("Balance Impact", a -> a.gross().signum() >= 0 ? "Credit" : "Debit"));
        return new SampleFormat<>(name, "paypal", "PayPal activity download (" + encoding + ")", encoding,
                QuoteMode.ALL, DeclaredColumns.of(PayPalLayout.DEFAULT.columns(), values), PaypalSamples::activities);
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
