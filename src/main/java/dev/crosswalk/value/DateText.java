package dev.crosswalk.value;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.DAY_OF_WEEK;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.YEAR;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;

/**
 * Reads a date or date-time by trying a source's accepted shapes in turn. The first shape that fits the whole text
 * decides, so an impossible value in a known shape (February 30, a weekday that does not match the date) is
 * reported as that, not as an unknown shape.
 */
final class DateText {

    private DateText() {
    }

    /** The resolved fields of a stripped, non-blank text; {@code what} and {@code expected} explain a misfit. */
    static TemporalAccessor parse(String text, String what, String expected, List<DateTimeFormatter> shapes) {
        for (DateTimeFormatter shape : shapes) {
            ParsePosition position = new ParsePosition(0);
            TemporalAccessor fields = shape.parseUnresolved(text, position);
            if (fields != null && position.getErrorIndex() < 0 && position.getIndex() == text.length()) {
                try {
                    return shape.parse(text);
                } catch (DateTimeParseException e) {
                    throw new InvalidValueException(InvalidValueException.quote(text)
                            + " is not a real date or time (" + reason(fields, e) + ")");
                }
            }
        }
        throw InvalidValueException.notA(text, what, expected);
    }

    /** The instant of parsed fields: at their own offset if they have one, else in the zone; a date at its start. */
    static Instant toInstant(TemporalAccessor fields, ZoneId zone) {
        LocalDate date = fields.query(TemporalQueries.localDate());
        LocalTime time = fields.query(TemporalQueries.localTime());
        ZoneOffset offset = fields.query(TemporalQueries.offset());
        ZoneId at = offset != null ? offset : zone;
        return time == null ? date.atStartOfDay(at).toInstant() : inZone(date.atTime(time), at);
    }

    /**
     * A zone-less local time in a zone. In a clock change it names no instant (skipped when clocks moved forward)
     * or two (repeated when they moved back); either is refused rather than placed by a guess.
     */
    static Instant inZone(LocalDateTime local, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.size() == 1) {
            return local.toInstant(offsets.get(0));
        }
        throw new InvalidValueException(local.toString().replace('T', ' ') + (offsets.isEmpty()
                ? " did not exist in " + zone + ": the clocks skipped it"
                : " happened twice in " + zone + " (the clocks went back) and the file does not say which"));
    }

    /** java.time's reason, except for a wrong weekday, which it words obscurely ("Field DayOfWeek 6 differs…"). */
    private static String reason(TemporalAccessor fields, DateTimeParseException e) {
        String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        if (!fields.isSupported(DAY_OF_WEEK)) {
            return reason;
        }
        try {
            LocalDate date = LocalDate.of((int) fields.getLong(YEAR), (int) fields.getLong(MONTH_OF_YEAR),
                    (int) fields.getLong(DAY_OF_MONTH));
            DayOfWeek written = DayOfWeek.of((int) fields.getLong(DAY_OF_WEEK));
            return date.getDayOfWeek() == written ? reason
                    : date + " is a " + name(date.getDayOfWeek()) + ", not a " + name(written);
        } catch (DateTimeException notARealDate) {
            return reason;
        }
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
