package dev.crosswalk.source.tickettailor;

import static dev.crosswalk.model.ContactField.ADDRESS_LINE1;
import static dev.crosswalk.model.ContactField.ADDRESS_LINE2;
import static dev.crosswalk.model.ContactField.FIRST_NAME;
import static dev.crosswalk.model.ContactField.LAST_NAME;
import static dev.crosswalk.model.ContactField.PHONE;
import static dev.crosswalk.model.ContactField.POSTAL_CODE;
import static dev.crosswalk.source.layout.Reader.cell;
import static dev.crosswalk.source.layout.Reader.of;
import static dev.crosswalk.source.layout.Reader.text;

import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.model.EventData;
import dev.crosswalk.source.Cells;
import dev.crosswalk.source.layout.Layout;
import dev.crosswalk.source.layout.LayoutBuilder;
import dev.crosswalk.source.layout.LayoutColumn;
import dev.crosswalk.source.layout.LayoutRow;
import dev.crosswalk.source.layout.Locator;
import dev.crosswalk.source.layout.Money;
import dev.crosswalk.source.layout.NameHooks;
import dev.crosswalk.source.layout.Reader;
import dev.crosswalk.value.Booleans;
import dev.crosswalk.value.Dates;
import dev.crosswalk.value.ExternalIds;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Ticket Tailor's orders export, as a declaration: the buyer (matched or created; as the checkout form saw them, so
 * they fill a new contact or blanks and never overwrite), one order transaction (type {@code order}: value, paid,
 * refunded, PAYG fees, payment method, cancelled; free {@code NO_COST} orders kept as such) tied to its event, and a
 * tag per event (its name). The opt-in is an organiser-written checkout question: the column named in the options,
 * or else the first whose name contains "email" and "receive" or "opt"; an answer among the yes-values is an
 * opt-in, any other answer an opt-out, observed when the order was placed. Times carry no zone: they are read in
 * {@code crosswalk.import.source-zone}. Order ids are stored without an {@code or_} prefix.
 * <p>
 * The issued-tickets export (one row per ticket, with {@code Event} and {@code Event start} but no {@code Event name},
 * and no buyer email) is refused by name: a ticket row does not say whose it is, and tying it to an order could only
 * guess, so the refusal asks for the orders export instead.
 */
public final class TicketTailorLayout {

    private static final List<String> REQUIRED = List.of("Order ID", "Order date", "Email", "Event ID",
            "Event name");

    private TicketTailorLayout() {
    }

    public static Layout orders(TicketTailorOptions options) {
        LayoutBuilder b = Layout.builder("ticket-tailor-orders", Layout.Kind.TRANSACTION)
                .requires(REQUIRED)
                .expectation("a Ticket Tailor orders export with " + String.join(", ", REQUIRED))
                .writes(List.of("Order ID", "Order date", "Order cancelled", "Order value", "Total paid",
                        "Remaining order value", "Refunded amount", "PAYG fees", "Payment method", "Transaction ID",
                        "Tickets purchased", "Order items", "Event ID", "Event name", "Event start", "Event end",
                        "Name", "First Name", "Last Name", "Email", "Mobile number", "Address 1", "Address 2",
                        "Address 3", "Postcode / Zip"))
                .refusal(TicketTailorLayout::issuedTickets);
        LayoutColumn orderedAt = b.feeds("occurred-at", b.column("Order date"));
        LayoutColumn eventId = b.feeds("event-id", b.column("Event ID"));
        LayoutColumn eventName = b.feeds("event-name", b.column("Event name"));
        LayoutColumn eventStart = b.feeds("event-start", b.column("Event start"));
        LayoutColumn eventEnd = b.feeds("event-end", b.column("Event end"));
        LayoutColumn cancelled = b.column("Order cancelled");
        Reader<BigDecimal> orderValue = b.amount(b.feeds("amount", b.column("Order value")));
        // the fees, amount paid and refund are details of an order: one that cannot be read is a warning
        Reader<BigDecimal> feeAmount = b.amount(b.feeds("fee", b.optional("PAYG fees")));
        LayoutColumn optIn = b.feeds("opt-in", b.column(optInLocator(options), options.optInColumn() == null
                ? List.of() : List.of(options.optInColumn())));
        return b.money(Money.EXTERNAL_ID, of(b.column("Order ID"), TicketTailorLayout::orderId), "no Order ID")
                .money(Money.OCCURRED_AT, row -> Dates.ticketTailor(row.cell(orderedAt), row.zone()))
                .money(Money.EVENT, row -> event(row, eventId, eventName, eventStart, eventEnd))
                .email(cell(b.column("Email")), "primary")
                .field(FIRST_NAME, cell(b.column("First Name")))
                .field(LAST_NAME, cell(b.column("Last Name")))
                .field(PHONE, cell(b.column("Mobile number")))
                .field(ADDRESS_LINE1, cell(b.column("Address 1")))
                .field(ADDRESS_LINE2, joined(b.column("Address 2"), b.column("Address 3")))
                .field(POSTAL_CODE, cell(b.column("Postcode / Zip")))
                .fillBlanksOnly()
                .hook(NameHooks.splitWhenUnnamed(b.feeds("name", b.column("Name"))))
                .tags(row -> {
                    String name = Cells.text(row.cell(eventName));
                    return name == null ? List.of() : List.of(name);
                })
                .hook((row, draft) -> {
                    Boolean yes = Booleans.isYes(row.cell(optIn), options.yesValues());
                    if (yes != null) {
                        draft.contact().consent(new ConsentObservation(yes, (Instant) draft.money(Money.OCCURRED_AT)));
                    }
                })
                .money(Money.CANCELLED, of(cancelled, Booleans::parse))
                .money(Money.AMOUNT, row -> {
                    BigDecimal amount = orderValue.read(row);
                    return amount == null ? BigDecimal.ZERO : amount;
                })
                .money(Money.FEE, row -> {
                    BigDecimal amount = feeAmount.read(row);
                    return amount == null ? null : amount.negate();
                })
                .money(Money.TYPE, row -> "order")
                .money(Money.STATUS, row -> Boolean.TRUE.equals(Booleans.parse(row.cell(cancelled))) ? "cancelled"
                        : "completed")
                .money(Money.CURRENCY, text(b.column("Currency")))
                .money(Money.OFFER_TITLE, text(b.column("Order items")))
                .money(Money.PAYMENT_METHOD, text(b.column("Payment method")))
                .money(Money.PAID, b.amount(b.optional("Total paid")))
                .money(Money.REFUNDED, b.amount(b.optional("Refunded amount")))
                .build();
    }

    /** Why an issued-tickets export is refused, naming the export to download instead; null for any other header. */
    static String issuedTickets(Header header) {
        if (!header.has("Event") || !header.has("Event start") || header.has("Event name")) {
            return null;
        }
        return "This is Ticket Tailor's issued-tickets export (one row per ticket, with Event and Event start"
                + (header.has("Email") ? "" : " and no buyer email") + "): a ticket row does not say which person"
                + " bought it, so nothing could be stored without guessing. Download the orders export instead (one"
                + " row per order, with " + String.join(", ", REQUIRED) + ") and drop it into inbox/ticket-tailor/.";
    }

    /** The configured question's column when it has a name, else the first whose wording asks for email consent. */
    private static Locator optInLocator(TicketTailorOptions options) {
        return options.optInColumn() != null ? Locator.EXACT : (Header header, List<String> names) -> {
            for (int i = 0; i < header.size(); i++) {
                String lower = header.names().get(i).toLowerCase(Locale.ROOT);
                if (lower.contains("email") && (lower.contains("receive") || lower.contains("opt"))) {
                    return i;
                }
            }
            return -1;
        };
    }

    /** "or_123" and "123" are one order: the CSV may or may not keep the API's prefix. */
    private static String orderId(String text) {
        String id = ExternalIds.normalise(text);
        return id != null && id.regionMatches(true, 0, "or_", 0, 3) ? id.substring(3) : id;
    }

    /** The order's event; its times are read only when it has an id. */
    private static EventData event(LayoutRow row, LayoutColumn id, LayoutColumn name, LayoutColumn start,
            LayoutColumn end) {
        String eventId = ExternalIds.normalise(row.cell(id));
        return eventId == null ? null : new EventData(eventId, Cells.text(row.cell(name)),
                Dates.ticketTailor(row.cell(start), row.zone()), Dates.ticketTailor(row.cell(end), row.zone()));
    }

    private static Reader<String> joined(LayoutColumn first, LayoutColumn second) {
        return row -> {
            String a = Cells.text(row.cell(first));
            String b = Cells.text(row.cell(second));
            return a == null ? b : b == null ? a : a + ", " + b;
        };
    }
}
