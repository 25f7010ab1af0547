package dev.crosswalk.source.tickettailor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.model.TransactionData;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.layout.LayoutFormat;
import dev.crosswalk.support.FormatRun;
import dev.crosswalk.support.Rows;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketTailorLayoutTest {

    private static final List<String> YES = List.of("Yes");

    @TempDir
    Path dir;

    private static LayoutFormat format(String optInColumn, List<String> yesValues) {
        return new LayoutFormat(TicketTailorLayout.orders(new TicketTailorOptions(optInColumn, yesValues)));
    }

    private RowResult.Mapped one(LayoutFormat format, String question, String answer) throws Exception {
        Rows rows = new Rows(List.of("Order ID", "Order date", "Order cancelled", "Order value", "PAYG fees",
                "Email", "Event ID", "Event name", question))
                .row("Order ID", "or_42", "Order date", "Nov 7, 2025 2:28 PM", "Order cancelled", "1",
                        "Order value", "1,200.00", "PAYG fees", "36.00", "Email", "Ann@Example.com;",
                        "Event ID", "ev_1", "Event name", "Open Day", question, answer);
        return assertInstanceOf(RowResult.Mapped.class,
                FormatRun.map(format, "ticket-tailor", rows.write(dir.resolve("orders.csv"))).get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Are you open to receive emails from Example House?", "Email opt-in",
        "Would you like to RECEIVE our EMAIL newsletter?"})
    void theOptInQuestionIsFoundByItsWording(String question) throws Exception {
        RowResult.Mapped row = one(format("", YES), question, "yes");

        assertEquals(new ConsentObservation(true, Instant.parse("2025-11-07T14:28:00Z")), row.contact().consent());
    }

    @Test
    void anotherAnswerIsAnOptOutAndAnUnrelatedQuestionNoObservation() throws Exception {
        assertEquals(false, one(format("", YES), "Email opt-in", "Not now").contact()
                .consent().subscribed());
        assertNull(one(format("", YES), "Dietary needs", "Yes").contact().consent());
        assertNull(one(format("Newsletter?", YES), "Email opt-in", "Yes").contact().consent());
    }

    @Test
    void theOrderIsKeptWithoutItsPrefixWithFeesNegativeAndCancelled() throws Exception {
        RowResult.Mapped row = one(format("", YES), "Email opt-in", "");
        TransactionData order = row.transaction();

        assertEquals("42", order.externalId());
        assertEquals("order", order.type());
        assertEquals("cancelled", order.status());
        assertEquals(true, order.cancelled());
        assertEquals(new BigDecimal("1200.00"), order.amount());
        assertEquals(new BigDecimal("-36.00"), order.fee());
        assertEquals("ev_1", order.event().externalId());
        assertEquals("ann@example.com", row.contact().primaryEmail().key());
        assertEquals(List.of("Open Day"), List.copyOf(row.contact().tags()));
        assertNull(row.contact().consent());
    }

    /** Issue 22.6: the issued-tickets export is told apart from the orders export by its columns, and refused. */
    @ParameterizedTest
    @ValueSource(strings = {"Ticket ID,Barcode,Ticket type,Event,Event start,Status",
        "Event,Event start,Full name,Email", "event start,Event,Event start"})
    void theIssuedTicketsExportIsRefusedNamingTheOrdersExport(String names) {
        String refusal = format("", YES).refusal(Header.of(List.of(names.split(","))));

        assertTrue(refusal.startsWith("This is Ticket Tailor's issued-tickets export (one row per ticket, with Event"
                + " and Event start"), refusal);
        assertTrue(refusal.endsWith("Download the orders export instead (one row per order, with Order ID, Order"
                + " date, Email, Event ID, Event name) and drop it into inbox/ticket-tailor/."), refusal);
        assertEquals(!names.contains("Email"), refusal.contains("and no buyer email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Order ID,Order date,Email,Event ID,Event name,Event start,Event",
        "Order ID,Order date,Email,Event ID,Event name", "Event,Email"})
    void anOrdersExportOrAnythingWithoutEventStartIsNotTakenForIssuedTickets(String names) {
        assertNull(format("", YES).refusal(Header.of(List.of(names.split(",")))));
    }
}
