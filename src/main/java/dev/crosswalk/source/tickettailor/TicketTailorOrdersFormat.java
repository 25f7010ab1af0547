package dev.crosswalk.source.tickettailor;

import static dev.crosswalk.model.ContactField.ADDRESS_LINE1;
import static dev.crosswalk.model.ContactField.ADDRESS_LINE2;
import static dev.crosswalk.model.ContactField.FIRST_NAME;
import static dev.crosswalk.model.ContactField.LAST_NAME;
import static dev.crosswalk.model.ContactField.PHONE;
import static dev.crosswalk.model.ContactField.POSTAL_CODE;

import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.model.EventData;
import dev.crosswalk.model.TransactionData;
import dev.crosswalk.source.Cells;
import dev.crosswalk.source.MappingContext;
import dev.crosswalk.source.RowMapper;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.value.Amounts;
import dev.crosswalk.value.Booleans;
import dev.crosswalk.value.Dates;
import dev.crosswalk.value.Emails;
import dev.crosswalk.value.ExternalIds;
import dev.crosswalk.value.Names;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Ticket Tailor's orders export: the buyer (matched or created), one order transaction (type {@code order}: value,
 * paid, refunded, PAYG fees, payment method, cancelled; free {@code NO_COST} orders kept as such) tied to its
 * event, and a tag per event (its name). The opt-in is an organiser-written checkout question: the column named
 * in configuration, or else the first whose name contains "email" and "receive" or "opt"; an answer among the
 * configured yes-values is an opt-in, any other answer an opt-out, observed when the order was placed. Times carry
 * no zone: they are read in {@code crosswalk.import.source-zone}. Order ids are stored without an {@code or_} prefix.
 */
public final class TicketTailorOrdersFormat implements SourceFormat {

    private static final List<String> REQUIRED = List.of("Order ID", "Order date", "Email", "Event ID",
            "Event name");

    private final String optInColumn;
    private final List<String> yesValues;

    /** {@code optInColumn} blank means: find it by its name. */
    public TicketTailorOrdersFormat(String optInColumn, List<String> yesValues) {
        this.optInColumn = optInColumn == null || optInColumn.isBlank() ? null : optInColumn.strip();
        this.yesValues = List.copyOf(yesValues);
    }

    @Override
    public String name() {
        return "ticket-tailor-orders";
    }

    @Override
    public boolean recognises(Header header) {
        return REQUIRED.stream().allMatch(header::has);
    }

    @Override
    public String expectation() {
        return "a Ticket Tailor orders export with " + String.join(", ", REQUIRED);
    }

    @Override
    public RowMapper bind(Header header, MappingContext context) {
        String optIn = optInColumn != null ? (header.has(optInColumn) ? optInColumn : null) : findOptIn(header);
        ZoneId zone = context.zone();
        return row -> map(row, optIn, zone);
    }

    private static String findOptIn(Header header) {
        for (String name : header.names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("email") && (lower.contains("receive") || lower.contains("opt"))) {
                return name;
            }
        }
        return null;
    }

    private RowResult map(CsvRow row, String optInColumn, ZoneId zone) {
        String id = orderId(row.get("Order ID"));
        if (id == null) {
            return new RowResult.Rejected("no Order ID");
        }
        Instant orderedAt = Dates.ticketTailor(row.get("Order date"), zone);
        String eventId = ExternalIds.normalise(row.get("Event ID"));
        String eventName = Cells.text(row.get("Event name"));
        EventData event = eventId == null ? null : new EventData(eventId, eventName,
                Dates.ticketTailor(row.get("Event start"), zone), Dates.ticketTailor(row.get("Event end"), zone));
        ContactData buyer = buyer(row);
        if (eventName != null) {
            buyer.tags(List.of(eventName));
        }
        Boolean yes = optInColumn == null ? null : Booleans.isYes(row.get(optInColumn), yesValues);
        if (yes != null) {
            buyer.consent(new ConsentObservation(yes, orderedAt));
        }
        Boolean cancelled = Booleans.parse(row.get("Order cancelled"));
        BigDecimal value = Amounts.parseAuto(row.get("Order value"));
        BigDecimal fees = Amounts.parseAuto(row.get("PAYG fees"));
        TransactionData order = new TransactionData(id, "order",
                Boolean.TRUE.equals(cancelled) ? "cancelled" : "completed", value == null ? BigDecimal.ZERO : value,
                fees == null ? null : fees.negate(), null, Cells.text(row.get("Currency")), orderedAt,
                Cells.text(row.get("Order items")), null, Cells.text(row.get("Payment method")), null, event,
                Amounts.parseAuto(row.get("Total paid")), Amounts.parseAuto(row.get("Refunded amount")), cancelled);
        return RowResult.mapped(buyer, order);
    }

    /** "or_123" and "123" are one order: the CSV may or may not keep the API's prefix. */
    private static String orderId(String text) {
        String id = ExternalIds.normalise(text);
        return id != null && id.regionMatches(true, 0, "or_", 0, 3) ? id.substring(3) : id;
    }

    /** The buyer as the checkout form saw them: fills a new contact or blanks, never overwrites. */
    private static ContactData buyer(CsvRow row) {
        ContactData buyer = new ContactData()
                .email(Emails.normalise(row.get("Email")), Emails.display(row.get("Email")), "primary")
                .field(FIRST_NAME, row.get("First Name"))
                .field(LAST_NAME, row.get("Last Name"))
                .field(PHONE, row.get("Mobile number"))
                .field(ADDRESS_LINE1, row.get("Address 1"))
                .field(ADDRESS_LINE2, joined(row.get("Address 2"), row.get("Address 3")))
                .field(POSTAL_CODE, row.get("Postcode / Zip"))
                .fillBlanksOnly();
        if (!buyer.fields().containsKey(FIRST_NAME) && !buyer.fields().containsKey(LAST_NAME)) {
            Names.PersonName name = Names.split(row.get("Name"));
            if (name != null) {
                buyer.field(FIRST_NAME, name.first()).field(LAST_NAME, name.last());
            }
        }
        return buyer;
    }

    private static String joined(String first, String second) {
        String a = Cells.text(first);
        String b = Cells.text(second);
        return a == null ? b : b == null ? a : a + ", " + b;
    }
}
