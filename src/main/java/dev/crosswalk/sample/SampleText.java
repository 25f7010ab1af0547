package dev.crosswalk.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Values spelled the way the sources spell them (only formats verified against real exports; docs/sources.md). */
final class SampleText {

    /** Kajabi's site zone: its offsets change with DST (-0700 / -0600). */
    static final ZoneId KAJABI_ZONE = ZoneId.of("America/Denver");
    /** PayPal account zone: PST / PDT. */
    static final ZoneId PAYPAL_ZONE = ZoneId.of("America/Los_Angeles");
    static final ZoneId LOCAL_ZONE = ZoneId.of("UTC");

    static final DateTimeFormatter KAJABI_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.US)
            .withZone(KAJABI_ZONE);
    static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US)
            .withZone(KAJABI_ZONE);
    static final DateTimeFormatter PAYPAL_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US)
            .withZone(PAYPAL_ZONE);
    static final DateTimeFormatter PAYPAL_DATE_PADDED = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US)
            .withZone(PAYPAL_ZONE);
    static final DateTimeFormatter PAYPAL_TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.US)
            .withZone(PAYPAL_ZONE);
    static final DateTimeFormatter PAYPAL_ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US)
            .withZone(PAYPAL_ZONE);
    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.US)
            .withZone(LOCAL_ZONE);
    static final DateTimeFormatter TT_ORDER = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.US)
            .withZone(LOCAL_ZONE);
    static final DateTimeFormatter TT_EVENT = DateTimeFormatter.ofPattern("EEE MMM d, yyyy h:mm a", Locale.US)
            .withZone(LOCAL_ZONE);

    private SampleText() {
    }

    /** "1,560.00", "-68.94" (PayPal, English): thousands grouped with ',', two decimals. */
    static String grouped(BigDecimal amount) {
        String plain = plain(amount.abs());
        StringBuilder out = new StringBuilder(plain.length() + 4);
        int units = plain.indexOf('.');
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i < units && (units - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return amount.signum() < 0 ? "-" + out : out.toString();
    }

    /** "88.00", "-88.00" (Kajabi transactions, Ticket Tailor). */
    static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** "$1,089.00" (Kajabi subscriptions). */
    static String dollars(BigDecimal amount) {
        return "$" + grouped(amount);
    }

    static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static String kajabiTime(Instant at) {
        return at == null ? "" : KAJABI_TIME.format(at);
    }

    static String monthDayYear(Instant at) {
        return at == null ? "" : MONTH_DAY_YEAR.format(at);
    }
}
