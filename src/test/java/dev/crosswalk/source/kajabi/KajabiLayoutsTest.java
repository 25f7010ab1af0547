package dev.crosswalk.source.kajabi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.csv.Header;
import dev.crosswalk.source.layout.Layout;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.MoneyExports;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kajabi's three exports share one inbox: each header is recognised by exactly one format. */
class KajabiLayoutsTest {

    private final Layout people = KajabiLayouts.people();
    private final Layout subscriptions = KajabiLayouts.subscriptions();
    private final Layout transactions = KajabiLayouts.transactions();

    @Test
    void eachExportIsRecognisedByItsOwnFormatOnly() {
        Header p = Header.of(KajabiPeople.HEADER);
        Header s = Header.of(MoneyExports.KAJABI_SUBSCRIPTIONS);
        Header t = Header.of(MoneyExports.KAJABI_TRANSACTIONS);

        assertTrue(people.recognises(p));
        assertFalse(subscriptions.recognises(p));
        assertFalse(transactions.recognises(p));
        assertTrue(subscriptions.recognises(s));
        assertFalse(people.recognises(s));
        assertFalse(transactions.recognises(s));
        assertTrue(transactions.recognises(t));
        assertFalse(people.recognises(t));
        assertFalse(subscriptions.recognises(t));
    }

    @Test
    void aSubscriptionsExportWithAmountAndTypeLikeColumnsIsStillASubscriptionsExport() {
        Header s = Header.of(List.of("Kajabi Subscription ID", "ID", "Amount", "Currency", "Type", "Status",
                "Created At", "Customer Email"));

        assertTrue(subscriptions.recognises(s));
        assertFalse(transactions.recognises(s));
    }
}
