package dev.crosswalk.support;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * A PayPal activity download (a user-chosen column subset) of website payments in US dollars to one shop, for
 * fixtures: each payment by date, payer, status, gross and fee; the net is what they leave.
 */
public final class PayPalPayments {

    public static final String SHOP = "shop@example.com";

    private final Rows rows = new Rows(MoneyExports.PAYPAL_CUSTOM);

    /** A payment on {@code date} (M/d/yyyy, 10:00 Pacific) from {@code payer} ({@code name}), PayPal id {@code id}. */
    public PayPalPayments payment(String id, String date, String name, String payer, String status, String gross,
            String fee) {
        rows.row("Date", date, "Time", "10:00:00", "TimeZone", "PST", "Name", name, "Type", "Website Payment",
                "Status", status, "Currency", "USD", "Gross", gross, "Fee", fee,
                "Net", new BigDecimal(gross).add(new BigDecimal(fee)).toPlainString(), "From Email Address", payer,
                "To Email Address", SHOP, "Transaction ID", id);
        return this;
    }

    public Path write(Path file) throws IOException {
        return rows.write(file);
    }
}
