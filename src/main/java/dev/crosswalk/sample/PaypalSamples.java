package dev.crosswalk.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import dev.crosswalk.source.paypal.PayPalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
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
        Map<String, Function<Activity, String>> values = new LinkedHashMap<>();
        values.put("Date", a -> (a.padDate() ? SampleText.PAYPAL_DATE_PADDED : SampleText.PAYPAL_DATE).format(a.at()));
        values.put("Time", a -> SampleText.PAYPAL_TIME.format(a.at()));
        values.put("TimeZone", a -> SampleText.PAYPAL_ZONE_NAME.format(a.at()));
        values.put("Name", a -> !a.counterparty() ? "" : a.lastFirst()
                ? a.person().last() + ", " + a.person().first() : a.person().nickname() + " " + a.person().last());
        values.put("Type", Activity::type);
        values.put("Status", Activity::status);
        values.put("Currency", a -> "USD");
        values.put("Gross", a -> SampleText.grouped(a.gross()));
        values.put("Fee", a -> SampleText.grouped(a.fee()));
        values.put("Net", a -> SampleText.grouped(a.gross().add(a.fee())));
        values.put("From Email Address", a -> !a.counterparty() ? "" : a.moneyIn() ? email(a) : ACCOUNT);
        values.put("To Email Address", a -> !a.counterparty() ? "" : a.moneyIn() ? ACCOUNT : email(a));
        values.put("Transaction ID", Activity::id);
        values.put("Address Status", a -> a.counterparty() ? "Confirmed" : "");
        values.put("Item Title", Activity::title);
        values.put("Sales Tax", a -> "0.00");
        values.put("Reference Txn ID", Activity::reference);
        values.put("Balance", a -> "0.00");
        values.put("Address Line 1", a -> a.counterparty() ? a.person().street() : "");
        values.put("Town/City", a -> a.counterparty() ? a.person().city() : "");
        values.put("State/Province/Region/County/Territory/Prefecture/Republic",
                a -> a.counterparty() ? a.person().state() : "");
        values.put("Zip/Postal Code", a -> a.counterparty() ? a.person().zip() : "");
        values.put("Country", a -> a.counterparty() ? a.person().country() : "");
        values.put("Contact Phone Number", a -> a.counterparty() ? a.person().phone() : "");
        values.put("Subject", Activity::title);
        values.put("Country Code", a -> "US");
        values.put("Balance Impact", a -> a.gross().signum() >= 0 ? "Credit" : "Debit");
        return new SampleFormat<>(name, "paypal", "PayPal activity download (" + encoding + ")", encoding,
                QuoteMode.ALL, columns(PayPalLayout.DEFAULT.columns(), values), PaypalSamples::activities);
    }

    /**
     * The layout's columns in its declared order, each with its value or left empty, so that the header written is
     * the one the reader declares; a value for a column the layout does not have is a mistake, refused at once.
     */
    private static List<Column<Activity>> columns(List<String> declared, Map<String, Function<Activity, String>> values) {
        List<String> unknown = values.keySet().stream().filter(column -> !declared.contains(column)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("columns not in the PayPal layout: " + unknown);
        }
        return declared.stream().map(column -> values.containsKey(column) ? Column.of(column, values.get(column))
                : Column.<Activity>blank(column)).toList();
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
