package dev.crosswalk.value;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Dates and times as each source writes them. A value that carries its own offset keeps it; a zone-less value is
 * placed in the zone the caller names (the zone of the account that exported it). Zone arguments are required.
 */
public final class Dates {

    private static final List<DateTimeFormatter> KAJABI_DAY_FIRST_SHAPES = concat(
            List.of(DateFormats.KAJABI, DateFormats.ISO_DATE_TIME), DateFormats.DAY_FIRST_DATE_TIMES);

    private static final List<DateTimeFormatter> KAJABI_MONTH_FIRST_SHAPES =
            List.of(DateFormats.KAJABI, DateFormats.ISO_DATE_TIME, DateFormats.US_DATE_TIME);

    private static final List<DateTimeFormatter> MONTH_DAY_YEAR_SHAPES = concat(
            DateFormats.MONTH_DAY_YEAR, List.of(DateFormats.ISO_DATE));

    private Dates() {
    }

    /**
     * Kajabi people and transactions: "2025-11-08 04:11:00 -0700" (or "-07:00"), ISO "2025-11-08T04:11:00Z", and a
     * spreadsheet re-save in the file's {@code order}: "08/11/2025 04:11" day first (also with '.' or '-'), as
     * European spreadsheets write it, or "11/08/2025 04:11" month first, as US ones do. A re-save has lost its
     * offset and is read in the given zone.
     */
    public static Instant kajabiTimestamp(String text, ZoneId zoneForZoneless, DateOrder order) {
        Objects.requireNonNull(zoneForZoneless, "zoneForZoneless");
        String value = Text.clean(text);
        if (value == null) {
            return null;
        }
        return order == DateOrder.DAY_FIRST
                ? DateText.toInstant(DateText.parse(value, "a Kajabi timestamp",
                        "e.g. 2025-11-08 04:11:00 -0700 or 08/11/2025 04:11", KAJABI_DAY_FIRST_SHAPES), zoneForZoneless)
                : DateText.toInstant(DateText.parse(value, "a Kajabi timestamp",
                        "e.g. 2025-11-08 04:11:00 -0700 or 11/08/2025 04:11", KAJABI_MONTH_FIRST_SHAPES),
                        zoneForZoneless);
    }

    /** Kajabi subscriptions: "Nov 28, 2025", "Sep 8, 2022", "November 28, 2025" or "2025-11-28". */
    public static LocalDate monthDayYear(String text) {
        String value = Text.clean(text);
        return value == null ? null
                : LocalDate.from(DateText.parse(value, "a date", "e.g. Nov 28, 2025", MONTH_DAY_YEAR_SHAPES));
    }

    /**
     * PayPal's Date, Time and TimeZone columns. The date is numeric in the file's {@code order}: month-first
     * ("1/1/2018", "10/01/2019", "09/01/11") or day-first ("29/12/2015", "29-12-2015", "15.09.2025"); year-first
     * ("2018/10/01") reads the same either way. Two-digit years are 1970–2069. A blank time is the start of the day.
     * The zone is an abbreviation ("PST", "PDT", "CET", …) standing for its fixed offset, refused when it is not in
     * effect on that date (PDT in January), or a zone name ("Europe/Berlin") with its own daylight saving; a blank
     * one means {@code defaultZone}. A blank date is no value, whatever the other two columns hold.
     */
    public static Instant paypal(
            String date, String time, String zone, DateOrder order, ZoneId defaultZone) {
        Objects.requireNonNull(defaultZone, "defaultZone");
        Objects.requireNonNull(order, "order");
        String day = Text.clean(date);
        if (day == null) {
            return null;
        }
        LocalDate localDate = LocalDate.from(order == DateOrder.DAY_FIRST
                ? DateText.parse(day, "a day-first date", "e.g. 29/12/2015, 15.09.2025 or 2018/10/01",
                        DateFormats.DAY_FIRST_DATES)
                : DateText.parse(day, "a month-first date", "e.g. 1/1/2018, 10/01/2019 or 2018/10/01",
                        DateFormats.MONTH_FIRST_DATES));
        String clock = Text.clean(time);
        LocalTime localTime = clock == null ? LocalTime.MIDNIGHT
                : LocalTime.from(DateText.parse(clock, "a time", "e.g. 02:15:42", List.of(DateFormats.TIME)));
        LocalDateTime local = localDate.atTime(localTime);
        String zoneText = Text.clean(zone);
        if (zoneText == null) {
            return DateText.inZone(local, defaultZone);
        }
        if (zoneText.indexOf('/') > 0) {
            return DateText.inZone(local, region(zoneText));
        }
        return local.toInstant(ZoneAbbreviations.offsetOn(zoneText, local));
    }

    /** A zone name as the IANA database spells it ("Europe/Berlin", "America/Los_Angeles"). */
    private static ZoneId region(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw InvalidValueException.notA(name, "a known time zone", "e.g. Europe/Berlin, America/Los_Angeles or PST");
        }
    }

    /** Zoho and Mailchimp: "2025-11-08 14:22:10", "2025-11-08 14:22" or "2025-11-08", in the given zone. */
    public static Instant localDateTime(String text, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        String value = Text.clean(text);
        return value == null ? null : DateText.toInstant(DateText.parse(value, "a date-time",
                "e.g. 2025-11-08 14:22:10", List.of(DateFormats.ZONELESS)), zone);
    }

    /**
     * Ticket Tailor: "Nov 7, 2025 2:28 PM", "Sat Nov 8, 2025 7:15 PM" and "Thu 28 May 2026 20:00", in the given
     * zone. A weekday that does
     * not fall on the date is refused: one of the two is wrong, and nothing says which.
     */
    public static Instant ticketTailor(String text, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        String value = Text.clean(text);
        return value == null ? null : DateText.toInstant(DateText.parse(value, "a Ticket Tailor date-time",
                "e.g. Nov 7, 2025 2:28 PM, Sat Nov 8, 2025 7:15 PM or Thu 28 May 2026 20:00",
                DateFormats.TICKET_TAILOR), zone);
    }

    @SafeVarargs
    private static List<DateTimeFormatter> concat(List<DateTimeFormatter>... lists) {
        List<DateTimeFormatter> all = new ArrayList<>();
        for (List<DateTimeFormatter> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
