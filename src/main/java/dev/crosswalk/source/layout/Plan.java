package dev.crosswalk.source.layout;

import dev.crosswalk.model.SubscriptionData;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The parts of a subscription a layout declares, each filled by a step; assembled once the row is read. */
public enum Plan {
    EXTERNAL_ID, STATUS, AMOUNT, CURRENCY, INTERVAL, OFFER_TITLE, PROVIDER, PROVIDER_REFERENCE, COUPON, STARTED_AT,
    CANCELED_AT, TRIAL_ENDS_AT, NEXT_PAYMENT_AT;

    static SubscriptionData assemble(Object[] v) {
        return new SubscriptionData((String) v[0], (String) v[1], (BigDecimal) v[2], (String) v[3], (String) v[4],
                (String) v[5], (String) v[6], (String) v[7], (String) v[8], (LocalDate) v[9], (LocalDate) v[10],
                (LocalDate) v[11], (LocalDate) v[12]);
    }
}
