package dev.crosswalk.source.tickettailor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.layout.LayoutFormat;
import dev.crosswalk.support.FormatRun;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.Rows;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22.4: an order's paid, refunded and fee amounts are optional; one that cannot be read costs no opt-in. */
class TicketTailorOptionalAmountsTest {

    private static final String QUESTION = "Are you open to receive emails from Example House?";

    @TempDir
    Path dir;

    @Test
    void anUnreadableRefundIsAWarningAndTheOrderAndItsOptInAreKept() throws Exception {
        Rows rows = new Rows(MoneyExports.TICKET_TAILOR)
                .row("Order ID", "or_77", "Order date", "Nov 7, 2025 2:28 PM", "Order cancelled", "0",
                        "Order value", "12,50", "Total paid", "12,50", "Refunded amount", "see note",
                        "PAYG fees", "0,38", "Email", "ann@example.com", "Event ID", "ev_1", "Event name", "Open Day",
                        QUESTION, "Yes");
        LayoutFormat format = new LayoutFormat(TicketTailorLayout.orders(new TicketTailorOptions("", List.of("Yes"))));

        RowResult.Mapped row = assertInstanceOf(RowResult.Mapped.class,
                FormatRun.map(format, "ticket-tailor", rows.write(dir.resolve("orders.csv"))).get(0));

        assertEquals(new BigDecimal("12.50"), row.transaction().amount(), "read with the file's decimal comma");
        assertEquals(new BigDecimal("-0.38"), row.transaction().fee());
        assertEquals(new BigDecimal("12.50"), row.transaction().paid());
        assertNull(row.transaction().refunded());
        assertEquals(new ConsentObservation(true, Instant.parse("2025-11-07T14:28:00Z")), row.contact().consent());
        assertEquals(List.of("Refunded amount: \"see note\" is not an amount (expected e.g. 1089,00, \"3.100,55\" or"
                + " \"€49,00\"); left out, the rest of the row applied"), row.warnings());
    }
}
