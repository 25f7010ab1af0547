package dev.crosswalk.source.layout;

import dev.crosswalk.model.EventData;
import dev.crosswalk.model.TransactionData;
import java.math.BigDecimal;
import java.time.Instant;

/** The parts of a transaction a layout declares, each filled by a step; assembled once the row is read. */
public enum Money {
    EXTERNAL_ID, TYPE, STATUS, AMOUNT, FEE, NET, CURRENCY, OCCURRED_AT, OFFER_TITLE, ORDER_NUMBER, PAYMENT_METHOD,
    REFERENCE, EVENT, PAID, REFUNDED, CANCELLED;

    static TransactionData assemble(Object[] v) {
        return new TransactionData((String) v[0], (String) v[1], (String) v[2], (BigDecimal) v[3],
                (BigDecimal) v[4], (BigDecimal) v[5], (String) v[6], (Instant) v[7], (String) v[8], (String) v[9],
                (String) v[10], (String) v[11], (EventData) v[12], (BigDecimal) v[13], (BigDecimal) v[14],
                (Boolean) v[15]);
    }
}
