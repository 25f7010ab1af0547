package dev.crosswalk.sample;

import dev.crosswalk.source.tickettailor.TicketTailorLayout;
import dev.crosswalk.source.tickettailor.TicketTailorOptions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.QuoteMode;

/**
 * Ticket Tailor's orders export (docs/sources.md): "Nov 7, 2025 2:28 PM" order dates, weekday-prefixed event
 * times, free NO_COST orders, cancelled orders, the organiser's opt-in question, emails with trailing punctuation.
 */
final class TicketTailorSamples {

    static final String OPT_IN_QUESTION = "Are you open to receive emails from us?";
    private static final String[] EVENTS = {"Full Moon Meditation", "Sound Bath Evening", "Autumn Equinox Circle",
        "Breathwork Workshop", "Community Potluck", "Teacher Training Open Day"};
    /** Events every two weeks, the last of them two weeks before the reference date. */
    private static final int EVENTS_HELD = 48;

    private TicketTailorSamples() {
    }

    record Order(Person person, long id, int event, Instant eventStart, Instant ordered, String method,
            BigDecimal value, int tickets, boolean cancelled, boolean optIn, String emailSuffix, boolean workEmail) {
    }

    static SampleFormat<Order> orders() {
        List<Column<Order>> c = List.of(
                Column.of("Order ID", o -> "or_" + o.id()),
                Column.of("Order date", o -> SampleText.TT_ORDER.format(o.ordered())),
                Column.of("Order cancelled", o -> o.cancelled() ? "1" : "0"),
                Column.of("Order value", o -> SampleText.plain(o.value())),
                Column.of("Total paid", o -> SampleText.plain(o.value())),
                Column.of("Remaining order value", o -> o.cancelled() ? "0.00" : SampleText.plain(o.value())),
                Column.of("Refunded amount", o -> o.cancelled() ? SampleText.plain(o.value()) : "0.00"),
                Column.of("PAYG fees", o -> SampleText.plain(o.value().movePointLeft(2))),
                Column.of("Payment method", Order::method),
                Column.of("Transaction ID", o -> o.method().equals("NO_COST") ? "" : "ch_" + SampleRandom.code(o.id(), 12)),
                Column.of("Tickets purchased", o -> Integer.toString(o.tickets())),
                Column.of("Order items", o -> o.tickets() + " x General Admission"),
                Column.of("Event ID", o -> "ev_" + (4_100_000 + o.event())),
                Column.of("Event name", o -> EVENTS[o.event() % EVENTS.length]),
                Column.of("Event start", o -> SampleText.TT_EVENT.format(o.eventStart())),
                Column.of("Event end", o -> SampleText.TT_EVENT.format(o.eventStart().plus(Duration.ofHours(2)))),
                Column.of("Name", o -> o.person().name()),
                Column.of("First Name", o -> o.person().first()),
                Column.of("Last Name", o -> o.person().last()),
                Column.of("Email", o -> (o.workEmail() ? o.person().workEmail() : o.person().personalEmail())
                        + o.emailSuffix()),
                Column.of("Mobile number", o -> "1 " + o.person().phone()),
                Column.of("Address 1", o -> o.person().street()),
                Column.blank("Address 2"), Column.blank("Address 3"),
                Column.of("Postcode / Zip", o -> o.person().zip()),
                Column.site(OPT_IN_QUESTION, o -> o.optIn() ? "Yes" : "No"));
        return new SampleFormat<>("ticket-tailor", "ticket-tailor", "Ticket Tailor orders", SampleEncoding.UTF8,
                QuoteMode.MINIMAL, DeclaredColumns.of(TicketTailorLayout.orders(new TicketTailorOptions(null,
                        List.of())).header(), c), TicketTailorSamples::ordersOf);
    }

    /** Event {@code event} starts at 19:15 UTC, every two weeks up to two weeks before the reference date. */
    private static Instant eventStart(People people, int event) {
        return people.asOf().minus(Duration.ofDays(14L * (EVENTS_HELD - event))).plus(Duration.ofMinutes(19 * 60 + 15));
    }

    private static List<Order> ordersOf(People people, long index) {
        if (!people.in(index, Membership.TICKET_TAILOR)) {
            return List.of();
        }
        SplittableRandom r = people.random(index, 51);
        Person p = people.person(index);
        boolean optIn = r.nextInt(10) < 4;
        List<Order> orders = new ArrayList<>(3);
        for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
            int event = r.nextInt(EVENTS_HELD);
            Instant start = eventStart(people, event);
            int roll = r.nextInt(100);
            String method = roll < 15 ? "NO_COST" : roll < 60 ? "STRIPE" : "PAYPAL";
            int tickets = 1 + r.nextInt(3);
            BigDecimal value = method.equals("NO_COST") ? SampleText.cents(0) : SampleText.cents(2_500L * tickets);
            orders.add(new Order(p, 70_000_000L + index * 4 + k, event, start,
                    start.minus(Duration.ofHours(2 + r.nextInt(500))), method, value, tickets,
                    r.nextInt(33) == 0, optIn, r.nextInt(50) == 0 ? "." : "", r.nextInt(4) == 0));
        }
        return orders;
    }
}
