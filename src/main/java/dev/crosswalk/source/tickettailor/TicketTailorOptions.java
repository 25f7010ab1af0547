package dev.crosswalk.source.tickettailor;

import java.util.List;

/**
 * How a Ticket Tailor export states consent: the checkout question's column ({@code optInColumn}; null or blank:
 * found by its wording) and the answers that mean yes.
 */
public record TicketTailorOptions(String optInColumn, List<String> yesValues) {

    public TicketTailorOptions {
        optInColumn = optInColumn == null || optInColumn.isBlank() ? null : optInColumn.strip();
        yesValues = List.copyOf(yesValues);
    }
}
