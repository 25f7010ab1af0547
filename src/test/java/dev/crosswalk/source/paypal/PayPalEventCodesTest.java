package dev.crosswalk.source.paypal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 22.2: PayPal's transaction event codes, as declared in paypal/event-codes.csv, without a database. */
class PayPalEventCodesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "T0000, PAYMENT", "T0006, PAYMENT", "T0007, PAYMENT", "T0011, PAYMENT", "T0013, PAYMENT",
        "T0003, PAYMENT", "T0002, SUBSCRIPTION_PAYMENT", "T1107, REFUND", "T1106, REVERSAL", "T1201, REVERSAL",
        "T0008, SENT", "T1000, SENT", "T0014, PAYOUT", "T0017, TRANSFER",
        "T0100, FEE", "T0106, FEE", "T1108, FEE",
        "T0200, CONVERSION", "T0201, CONVERSION", "T0300, BANK", "T0303, BANK", "T0400, BANK", "T0403, BANK",
        "T1101, BANK", "T0500, CARD", "T0600, CARD", "T0700, FUNDING", "T0777, FUNDING", "T1600, FUNDING",
        "T0800, BONUS", "T1400, BONUS", "T1105, HOLD", "T1110, HOLD", "T1111, HOLD", "T1503, HOLD",
        "T2103, HOLD", "T2108, HOLD", "T1300, AUTHORISATION", "T1302, AUTHORISATION", "T1200, ADJUSTMENT",
        "T1900, ADJUSTMENT", "T2000, TRANSFER", "T2201, TRANSFER", "T1100, OTHER", "T9800, OTHER"})
    void eachCodeIsOfItsDeclaredKindOrItsGroups(String code, PayPalEvent kind) {
        assertEquals(kind, PayPalEventCodes.of(code));
    }

    @ParameterizedTest(name = "[{0}] is no declared code")
    @CsvSource(value = {"''", "'   '", "Payment", "T006", "T00061", "X0006", "T4400"}, nullValues = "null")
    void aCellThatIsNoDeclaredCodeLeavesTheRowToItsStructure(String cell) {
        assertNull(PayPalEventCodes.of(cell));
    }

    @ParameterizedTest
    @CsvSource({"' t0006 ', T0006", "T0777, T0777", "Website Payment, "})
    void codesAreReadTrimmedInAnyCase(String cell, String code) {
        assertEquals(code, PayPalEventCodes.code(cell));
    }

    /** kind | money out | stored type ("-": skipped) | skip reason ("-": stored). */
    @ParameterizedTest(name = "{0}, money out {1}")
    @CsvSource(delimiter = '|', value = {
        "PAYMENT | false | payment | -",
        "PAYMENT | true | - | " + PayPalLayouts.SENT,
        "SUBSCRIPTION_PAYMENT | false | subscription_payment | -",
        "SUBSCRIPTION_PAYMENT | true | - | " + PayPalLayouts.SENT,
        "REFUND | true | refund | -",
        "REFUND | false | - | not customer money: a refund the organisation received for a payment it made",
        "REVERSAL | true | reversal | -",
        "REVERSAL | false | reversal | -",
        "SENT | true | - | " + PayPalLayouts.SENT,
        "SENT | false | - | " + PayPalLayouts.SENT,
        "FUNDING | false | - | not customer money: funding of the account (a card or credit deposit)",
        "BANK | true | - | not customer money: bank deposit or withdrawal",
        "CONVERSION | false | - | not customer money: currency conversion",
        "HOLD | true | - | not customer money: hold or release",
        "FEE | true | - | not customer money: PayPal fee or its reversal, not tied to a customer payment"})
    void directionDecidesWhetherCustomerMoneyIsStored(PayPalEvent kind, boolean moneyOut, String stored,
            String reason) {
        boolean isStored = !"-".equals(stored);
        assertEquals(isStored ? stored : null, kind.stored(moneyOut));
        if (!isStored) {
            assertEquals(reason, kind.skipReason(moneyOut));
        }
    }
}
