package dev.crosswalk.source.kajabi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.model.SubscriptionData;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.layout.LayoutFormat;
import dev.crosswalk.support.FormatRun;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.Rows;
import dev.crosswalk.value.InvalidValueException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 22.7: Kajabi amounts in any currency mark and number style, statuses in any case and spelling. */
class KajabiAmountsAndStatusesTest {

    @TempDir
    Path dir;

    private SubscriptionData subscription(String amount, String currency, String status) throws Exception {
        Rows rows = new Rows(MoneyExports.KAJABI_SUBSCRIPTIONS)
                .row("Kajabi Subscription ID", "901", "Customer Email", "ann@example.org", "Amount", amount,
                        "Currency", currency, "Interval", "Month", "Status", status, "Created At", "Nov 28, 2025");
        RowResult result = FormatRun.map(new LayoutFormat(KajabiLayouts.subscriptions()), "kajabi",
                rows.write(dir.resolve("subscriptions.csv"))).get(0);
        return assertInstanceOf(RowResult.Mapped.class, result).subscription();
    }

    /** Each a file of one row: its amount alone decides the file's number style. */
    @ParameterizedTest(name = "{0} with Currency \"{1}\" is {2} {3}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "€24,00       | EUR | 24.00   | EUR",
        "€24,00       |     | 24.00   | EUR",
        "24,00 €      |     | 24.00   | EUR",
        "€1.089,00    | EUR | 1089.00 | EUR",
        "£1,089.00    | GBP | 1089.00 | GBP",
        "£1,089.00    |     | 1089.00 | GBP",
        "$1,089.00    | USD | 1089.00 | USD",
        "$1,089.00    | CAD | 1089.00 | CAD",
        "CHF 24.00    |     | 24.00   | CHF",
        "24.00        | USD | 24.00   | USD",
    })
    void amountsInAnyCurrencyMarkAndStyle(String amount, String currency, String value, String stored)
            throws Exception {
        SubscriptionData s = subscription(amount, currency, "Active");

        assertEquals(new BigDecimal(value), s.amount());
        assertEquals(stored, s.currency());
    }

    @Test
    void aMarkNamingAnotherCurrencyThanTheColumnRejectsTheRow() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> subscription("€24,00", "USD", "Active"));
        assertTrue(e.getMessage().contains("\"€24,00\" is in EUR but Currency says USD"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} is stored {1}")
    @CsvSource(delimiter = '|', value = {
        "Active               | active",
        "ACTIVE               | active",
        "active               | active",
        "Canceled             | canceled",
        "Cancelled            | canceled",
        "CANCELLED            | canceled",
        "Pending Cancellation | pending cancellation",
        "Past_Due             | past due",
    })
    void statusesInAnyCaseAndSpelling(String written, String stored) throws Exception {
        assertEquals(stored, subscription("24.00", "USD", written).status());
    }
}
