package dev.crosswalk.value;

import static java.time.temporal.ChronoField.AMPM_OF_DAY;
import static java.time.temporal.ChronoField.CLOCK_HOUR_OF_AMPM;
import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.DAY_OF_WEEK;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * The date and time shapes the exports write. Digit counts are fixed where the source pads and 1–2 where it may
 * not. Years have four digits, except in PayPal's numeric dates, whose older downloads write two ("09/01/11"): those
 * are read as 1970–2069, as PayPal has existed only since 1998. Resolution is strict: only real calendar dates and
 * times pass.
 */
final class DateFormats {

    private static final DateTimeFormatter ISO_DAY = part()
            .appendValue(YEAR, 4).appendLiteral('-')
            .appendValue(MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(DAY_OF_MONTH, 2)
            .toFormatter(Locale.ROOT);

    /** 04:11, 04:11:00 */
    private static final DateTimeFormatter PADDED_TIME = part()
            .appendValue(HOUR_OF_DAY, 2).appendLiteral(':').appendValue(MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2).optionalEnd()
            .toFormatter(Locale.ROOT);

    /** 4:11, 04:11:00 — as spreadsheets re-save a time. */
    private static final DateTimeFormatter CLOCK_TIME = part()
            .appendValue(HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral(':').appendValue(MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2).optionalEnd()
            .toFormatter(Locale.ROOT);

    /**
     * "-07:00", "-0700" or "Z". Both sections are optional because java.time has no either-or; in KAJABI the
     * space before them still makes a value without an offset a misfit, as parsed text is always stripped.
     */
    private static final String OFFSET = "[XXX][XX]";

    /** Kajabi people and transactions: 2025-11-08 04:11:00 -0700. */
    static final DateTimeFormatter KAJABI = strict(part()
            .append(ISO_DAY).appendLiteral(' ')
            .appendValue(HOUR_OF_DAY, 2).appendLiteral(':').appendValue(MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(SECOND_OF_MINUTE, 2).appendLiteral(' ')
            .appendPattern(OFFSET));

    /** 2025-11-08T04:11:00Z, 2025-11-08T04:11:00.5-07:00, 2025-11-08T04:11 (zone-less). */
    static final DateTimeFormatter ISO_DATE_TIME = strict(part()
            .append(ISO_DAY).appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendPattern(OFFSET));

    /** 2025-11-28 */
    static final DateTimeFormatter ISO_DATE = strict(part().append(ISO_DAY));

    /** Zoho and Mailchimp: 2025-11-08 14:22:10, 2025-11-08 14:22, 2025-11-08. */
    static final DateTimeFormatter ZONELESS = strict(part()
            .append(ISO_DAY)
            .optionalStart().appendLiteral(' ').append(PADDED_TIME).optionalEnd());

    /** Year-first dates, which no order setting can misread: 2018/10/01 (Japanese PayPal), 2018-10-01. */
    private static final List<DateTimeFormatter> YEAR_FIRST_DATES = List.of(
            strict(part().appendValue(YEAR, 4).appendLiteral('/').appendValue(MONTH_OF_YEAR, 1, 2,
                    SignStyle.NOT_NEGATIVE).appendLiteral('/').appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)),
            strict(part().append(ISO_DAY)));

    /** PayPal month-first dates: 1/1/2018, 10/01/2019, 09/01/11, or year first. */
    static final List<DateTimeFormatter> MONTH_FIRST_DATES = List.of(
            strict(numericDate(MONTH_OF_YEAR, '/', DAY_OF_MONTH)),
            strict(twoDigitYear(MONTH_OF_YEAR, '/', DAY_OF_MONTH)),
            YEAR_FIRST_DATES.get(0), YEAR_FIRST_DATES.get(1));

    /** PayPal day-first dates: 29/12/2015, 29-12-2015, 29.12.2015, 15.9.25, or year first. */
    static final List<DateTimeFormatter> DAY_FIRST_DATES = List.of(
            strict(numericDate(DAY_OF_MONTH, '/', MONTH_OF_YEAR)),
            strict(numericDate(DAY_OF_MONTH, '-', MONTH_OF_YEAR)),
            strict(numericDate(DAY_OF_MONTH, '.', MONTH_OF_YEAR)),
            strict(twoDigitYear(DAY_OF_MONTH, '/', MONTH_OF_YEAR)),
            strict(twoDigitYear(DAY_OF_MONTH, '-', MONTH_OF_YEAR)),
            strict(twoDigitYear(DAY_OF_MONTH, '.', MONTH_OF_YEAR)),
            YEAR_FIRST_DATES.get(0), YEAR_FIRST_DATES.get(1));

    /** 1/15/2024 and 1/15/2024 14:30, as US spreadsheets write them. */
    static final DateTimeFormatter US_DATE_TIME =
            strict(withOptionalTime(numericDate(MONTH_OF_YEAR, '/', DAY_OF_MONTH)));

    /** 08/11/2025 04:11 (also with '-' or '.'), as European spreadsheets re-save a date-time. */
    static final List<DateTimeFormatter> DAY_FIRST_DATE_TIMES = List.of(
            strict(withOptionalTime(numericDate(DAY_OF_MONTH, '/', MONTH_OF_YEAR))),
            strict(withOptionalTime(numericDate(DAY_OF_MONTH, '-', MONTH_OF_YEAR))),
            strict(withOptionalTime(numericDate(DAY_OF_MONTH, '.', MONTH_OF_YEAR))));

    /** Kajabi subscriptions: Nov 28, 2025 and November 28, 2025. */
    static final List<DateTimeFormatter> MONTH_DAY_YEAR = List.of(
            strict(monthDayYear(part(), TextStyle.SHORT)),
            strict(monthDayYear(part(), TextStyle.FULL)));

    /**
     * Ticket Tailor: Nov 7, 2025 2:28 PM and Sat Nov 8, 2025 7:15 PM (US style), Thu 28 May 2026 20:00 (day first,
     * 24-hour clock, as its issued-tickets export and non-US accounts write event times). A weekday must fit the date.
     */
    static final List<DateTimeFormatter> TICKET_TAILOR = List.of(strict(ticketTailor()),
            strict(ticketTailorDayFirst()));

    /** PayPal's Time column: 02:15:42, or 2:15:42 after a spreadsheet. */
    static final DateTimeFormatter TIME = strict(part().append(CLOCK_TIME));

    /** The first year a two-digit year can stand for: 70 is 1970, 69 is 2069. */
    private static final int TWO_DIGIT_YEAR_BASE = 1970;

    private DateFormats() {
    }

    private static DateTimeFormatterBuilder part() {
        return new DateTimeFormatterBuilder().parseCaseInsensitive();
    }

    private static DateTimeFormatterBuilder numericDate(ChronoField first, char separator, ChronoField second) {
        return part()
                .appendValue(first, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral(separator)
                .appendValue(second, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral(separator)
                .appendValue(YEAR, 4);
    }

    private static DateTimeFormatterBuilder twoDigitYear(ChronoField first, char separator, ChronoField second) {
        return part()
                .appendValue(first, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral(separator)
                .appendValue(second, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral(separator)
                .appendValueReduced(YEAR, 2, 2, TWO_DIGIT_YEAR_BASE);
    }

    private static DateTimeFormatterBuilder withOptionalTime(DateTimeFormatterBuilder date) {
        return date.optionalStart().appendLiteral(' ').append(CLOCK_TIME).optionalEnd();
    }

    private static DateTimeFormatterBuilder monthDayYear(DateTimeFormatterBuilder builder, TextStyle month) {
        return builder
                .appendText(MONTH_OF_YEAR, month).appendLiteral(' ')
                .appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral(", ")
                .appendValue(YEAR, 4);
    }

    private static DateTimeFormatterBuilder ticketTailor() {
        DateTimeFormatterBuilder weekday = part()
                .optionalStart().appendText(DAY_OF_WEEK, TextStyle.SHORT).appendLiteral(' ').optionalEnd();
        return monthDayYear(weekday, TextStyle.SHORT).appendLiteral(' ')
                .appendValue(CLOCK_HOUR_OF_AMPM, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral(':')
                .appendValue(MINUTE_OF_HOUR, 2)
                .optionalStart().appendLiteral(' ').optionalEnd()
                .appendText(AMPM_OF_DAY, TextStyle.SHORT);
    }

    private static DateTimeFormatterBuilder ticketTailorDayFirst() {
        return part()
                .optionalStart().appendText(DAY_OF_WEEK, TextStyle.SHORT).appendLiteral(' ').optionalEnd()
                .appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral(' ')
                .appendText(MONTH_OF_YEAR, TextStyle.SHORT).appendLiteral(' ')
                .appendValue(YEAR, 4).appendLiteral(' ')
                .appendValue(HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral(':')
                .appendValue(MINUTE_OF_HOUR, 2);
    }

    /** English names for months and days, real dates only (STRICT needs the proleptic year, hence YEAR not yyyy). */
    private static DateTimeFormatter strict(DateTimeFormatterBuilder builder) {
        return builder.toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT)
                .withChronology(IsoChronology.INSTANCE);
    }
}
