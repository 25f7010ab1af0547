package dev.crosswalk.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Nested
    class KajabiTimestamp {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {
            "2025-11-08 04:11:00 -0700  | 2025-11-08T11:11:00Z",
            "2025-10-30 04:33:07 -0600  | 2025-10-30T10:33:07Z",
            "2024-05-06 18:01:32 -0700  | 2024-05-07T01:01:32Z",
            "2025-11-08 04:11:00 -07:00 | 2025-11-08T11:11:00Z",
            "2025-11-08 04:11:00 +0100  | 2025-11-08T03:11:00Z",
            "2025-11-08 04:11:00 +0000  | 2025-11-08T04:11:00Z",
            "2025-11-08T04:11:00Z       | 2025-11-08T04:11:00Z",
            "2025-11-08T04:11:00-07:00  | 2025-11-08T11:11:00Z",
            "2025-11-08T04:11:00.250Z   | 2025-11-08T04:11:00.250Z",
        })
        void keepsTheOffsetWritten(String text, String expected) {
            assertEquals(Instant.parse(expected), Dates.kajabiTimestamp(text, MADRID, DateOrder.DAY_FIRST));
        }

        @Test
        void tellsTheSummerOffsetFromTheWinterOne() {
            Instant summer = Dates.kajabiTimestamp("2025-10-30 04:33:07 -0600", DENVER, DateOrder.DAY_FIRST);
            Instant winter = Dates.kajabiTimestamp("2025-11-08 04:33:07 -0700", DENVER, DateOrder.DAY_FIRST);
            assertEquals(Instant.parse("2025-10-30T10:33:07Z"), summer);
            assertEquals(Instant.parse("2025-11-08T11:33:07Z"), winter);
        }

        @ParameterizedTest(name = "{0} in Madrid is {1}")
        @CsvSource(delimiter = '|', value = {
            "08/11/2025 04:11    | 2025-11-08T03:11:00Z",
            "8/11/2025 4:11      | 2025-11-08T03:11:00Z",
            "08/11/2025 04:11:30 | 2025-11-08T03:11:30Z",
            "08.11.2025 04:11    | 2025-11-08T03:11:00Z",
            "08/07/2025 04:11    | 2025-07-08T02:11:00Z",
            "08/11/2025          | 2025-11-07T23:00:00Z",
        })
        void readsTheEuropeanSpreadsheetResaveDayFirstInTheGivenZone(String text, String expected) {
            assertEquals(Instant.parse(expected), Dates.kajabiTimestamp(text, MADRID, DateOrder.DAY_FIRST));
        }

        @ParameterizedTest(name = "{0} month-first in Madrid is {1}")
        @CsvSource(delimiter = '|', value = {
            "11/08/2025 04:11         | 2025-11-08T03:11:00Z",
            "11/29/2025 14:30         | 2025-11-29T13:30:00Z",
            "2025-11-08 04:11:00 -0700 | 2025-11-08T11:11:00Z",
        })
        void readsTheUsSpreadsheetResaveMonthFirstWhenTheFileIsMonthFirst(String text, String expected) {
            assertEquals(Instant.parse(expected), Dates.kajabiTimestamp(text, MADRID, DateOrder.MONTH_FIRST));
            assertThrows(InvalidValueException.class,
                    () -> Dates.kajabiTimestamp("29/11/2025 14:30", MADRID, DateOrder.MONTH_FIRST));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  ", "N/A", "null"})
        void readsBlankAsNever(String text) {
            assertNull(Dates.kajabiTimestamp(text, MADRID, DateOrder.DAY_FIRST));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "2025-11-08 04:11:00", "2025-11-08 04:11 -0700", "2025-11-08 04:11:00 PST", "11/08/2025 04:11 PM",
            "25-11-08 04:11:00 -0700", "2025-11-08  04:11:00 -0700", "yesterday"
        })
        void refusesOtherShapes(String text) {
            InvalidValueException e =
                    assertThrows(InvalidValueException.class, () -> Dates.kajabiTimestamp(text, MADRID, DateOrder.DAY_FIRST));
            assertEquals("\"" + text + "\" is not a Kajabi timestamp (expected e.g. 2025-11-08 04:11:00 -0700 or"
                    + " 08/11/2025 04:11)", e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-02-30 04:11:00 -0700", "2025-11-08 24:11:00 -0700", "31/11/2025 04:11"})
        void refusesDatesThatDoNotExist(String text) {
            InvalidValueException e =
                    assertThrows(InvalidValueException.class, () -> Dates.kajabiTimestamp(text, MADRID, DateOrder.DAY_FIRST));
            assertTrue(e.getMessage().startsWith("\"" + text + "\" is not a real date or time ("), e.getMessage());
        }

        @Test
        void requiresAZone() {
            assertThrows(NullPointerException.class, () -> Dates.kajabiTimestamp("2025-11-08 04:11:00 -0700", null, DateOrder.DAY_FIRST));
        }
    }

    @Nested
    class MonthDayYear {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {
            "Nov 28, 2025       | 2025-11-28",
            "Sep 28, 2022       | 2022-09-28",
            "Sep 8, 2022        | 2022-09-08",
            "Sep 08, 2022       | 2022-09-08",
            "November 28, 2025  | 2025-11-28",
            "May 1, 2024        | 2024-05-01",
            "nov 28, 2025       | 2025-11-28",
            "Feb 29, 2024       | 2024-02-29",
            "2025-11-28         | 2025-11-28",
        })
        void readsUsTextDates(String text, String expected) {
            assertEquals(LocalDate.parse(expected), Dates.monthDayYear(text));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " ", "N/A"})
        void readsBlankAsNotSet(String text) {
            assertNull(Dates.monthDayYear(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"28 Nov 2025", "Nov 28 2025", "Nov 28, 25", "Nov 28, 2025 10:00", "2025-11-28 10:00",
            "11/28/2025", "Novem 28, 2025"})
        void refusesOtherShapes(String text) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> Dates.monthDayYear(text));
            assertEquals("\"" + text + "\" is not a date (expected e.g. Nov 28, 2025)", e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Feb 30, 2025", "Feb 29, 2025", "Nov 31, 2025"})
        void refusesDatesThatDoNotExist(String text) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> Dates.monthDayYear(text));
            assertTrue(e.getMessage().startsWith("\"" + text + "\" is not a real date or time ("), e.getMessage());
        }
    }

    @Nested
    class PayPal {

        private Instant us(String date, String time, String zone) {
            return Dates.paypal(date, time, zone, DateOrder.MONTH_FIRST, MADRID);
        }

        private Instant dayFirst(String date, String time, String zone) {
            return Dates.paypal(date, time, zone, DateOrder.DAY_FIRST, MADRID);
        }

        @Test
        void readsTheRealUsRow() {
            assertEquals(Instant.parse("2018-01-01T10:15:42Z"), us("1/1/2018", "02:15:42", "PST"));
        }

        @Test
        void readsPaddedUsDates() {
            assertEquals(Instant.parse("2019-10-01T16:00:00Z"), us("10/01/2019", "09:00:00", "PDT"));
            assertEquals(Instant.parse("2017-06-21T19:30:00Z"), us("6/21/2017", "12:30:00", "PDT"));
        }

        @Test
        void takesTheDaylightSavingChangeFromTheAbbreviation() {
            // US clocks went forward on 9 March 2025: noon is 20:00Z the day before and 19:00Z the day after
            assertEquals(Instant.parse("2025-03-08T20:00:00Z"), us("3/8/2025", "12:00:00", "PST"));
            assertEquals(Instant.parse("2025-03-10T19:00:00Z"), us("3/10/2025", "12:00:00", "PDT"));
            // and back on 2 November 2025
            assertEquals(Instant.parse("2025-11-01T19:00:00Z"), us("11/1/2025", "12:00:00", "PDT"));
            assertEquals(Instant.parse("2025-11-03T20:00:00Z"), us("11/3/2025", "12:00:00", "PST"));
        }

        @Test
        void refusesAnAbbreviationThatContradictsItsDate() {
            // a PST stamp in July, or PDT in January: the date or the zone is wrong, and nothing says which
            InvalidValueException summer = assertThrows(InvalidValueException.class,
                    () -> us("7/1/2025", "12:00:00", "PST"));
            assertEquals("\"PST\" (UTC-08:00) is not in effect on 2025-07-01 in America/Los_Angeles: the date or the"
                    + " time zone is wrong", summer.getMessage());
            assertThrows(InvalidValueException.class, () -> dayFirst("09/01/2016", "10:00:00", "PDT"));
            assertThrows(InvalidValueException.class, () -> us("1/15/2020", "12:00:00", "CEST"));
        }

        @Test
        void readsTheHourAroundTheChangeInEitherOffset() {
            // 9 March 2025 02:30 does not exist on Pacific clocks; written with either offset it is still a time
            assertEquals(Instant.parse("2025-03-09T10:30:00Z"), us("3/9/2025", "02:30:00", "PST"));
            assertEquals(Instant.parse("2025-03-09T09:30:00Z"), us("3/9/2025", "02:30:00", "PDT"));
        }

        @Test
        void readsZoneNamesWithTheirOwnDaylightSaving() {
            assertEquals(Instant.parse("2025-09-15T08:00:00Z"), dayFirst("15.09.2025", "10:00:00", "Europe/Berlin"));
            assertEquals(Instant.parse("2025-01-15T09:00:00Z"), dayFirst("15.01.2025", "10:00:00", "Europe/Berlin"));
            assertEquals(Instant.parse("2016-06-09T17:00:00Z"),
                    dayFirst("09/06/2016", "10:00:00", "America/Los_Angeles"));
            assertThrows(InvalidValueException.class, () -> dayFirst("15.09.2025", "10:00:00", "Europe/Nowhere"));
        }

        @Test
        void readsTwoDigitYearsAndYearFirstDates() {
            assertEquals(Instant.parse("2011-09-01T07:00:00Z"), us("09/01/11", "00:00:00", "PDT"));
            assertEquals(Instant.parse("2011-01-09T08:00:00Z"), dayFirst("09/01/11", "00:00:00", "PST"));
            assertEquals(Instant.parse("1999-12-31T08:00:00Z"), us("12/31/99", "00:00:00", "PST"));
            assertEquals(Instant.parse("2018-09-30T15:00:00Z"), us("2018/10/01", "00:00:00", "JST"));
            assertEquals(Instant.parse("2018-09-30T15:00:00Z"), dayFirst("2018/10/01", "00:00:00", "JST"));
        }

        @Test
        void refusesAnUnknownAbbreviation() {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> us("1/1/2018", "02:15:42", "XYZ"));
            assertTrue(e.getMessage().startsWith("\"XYZ\" is not a known time zone abbreviation (expected one of "
                    + "AEDT, AEST, AKDT, AKST, BST, CDT, CEST, CET, CST, EDT, EEST, EET, EST, GMT"), e.getMessage());
        }

        @Test
        void placesAValueWithoutAbbreviationInTheDefaultZoneWithItsDaylightSaving() {
            assertEquals(Instant.parse("2025-03-08T20:00:00Z"),
                    Dates.paypal("3/8/2025", "12:00:00", null, DateOrder.MONTH_FIRST, LOS_ANGELES));
            assertEquals(Instant.parse("2025-03-10T19:00:00Z"),
                    Dates.paypal("3/10/2025", "12:00:00", " ", DateOrder.MONTH_FIRST, LOS_ANGELES));
        }

        @Test
        void readsAMissingTimeAsTheStartOfTheDay() {
            assertEquals(Instant.parse("2018-01-01T08:00:00Z"), us("1/1/2018", null, "PST"));
            assertEquals(Instant.parse("2018-01-01T08:00:00Z"), us("1/1/2018", "", "PST"));
        }

        @Test
        void readsAnUnpaddedTime() {
            assertEquals(Instant.parse("2018-01-01T10:15:42Z"), us("1/1/2018", "2:15:42", "PST"));
        }

        @Test
        void readsAMissingDateAsNoValue() {
            assertNull(us(null, "02:15:42", "PST"));
            assertNull(dayFirst(" ", "02:15:42", "PST"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1-1-2018", "1.1.2018", "1/1/018", "001/1/2018", "Jan 1, 2018"})
        void refusesWhatIsNotAUsDate(String date) {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> us(date, "02:15:42", "PST"));
            assertEquals("\"" + date + "\" is not a month-first date (expected e.g. 1/1/2018, 10/01/2019 or 2018/10/01)",
                    e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"13/1/2018", "29/12/2015", "2/29/2025"})
        void refusesAUsDateThatDoesNotExist(String date) {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> us(date, null, "PST"));
            assertTrue(e.getMessage().startsWith("\"" + date + "\" is not a real date or time ("), e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"12/29/2015", "2015-29-12", "29/12/015"})
        void refusesWhatIsNotADayFirstDate(String date) {
            assertThrows(InvalidValueException.class, () -> dayFirst(date, "10:00:00", "CET"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"25:00:00", "02:15:42 AM", "02-15-42", "2:5:42"})
        void refusesABadTime(String time) {
            assertThrows(InvalidValueException.class, () -> us("1/1/2018", time, "PST"));
        }
    }

    @Nested
    class LocalDateTimes {

        @Test
        void readsZohoTimesInTheExportersZone() {
            assertEquals(Instant.parse("2025-11-08T21:22:10Z"), Dates.localDateTime("2025-11-08 14:22:10", DENVER));
            assertEquals(Instant.parse("2025-07-08T20:22:10Z"), Dates.localDateTime("2025-07-08 14:22:10", DENVER));
        }

        @Test
        void readsMailchimpTimesInUtc() {
            ZoneId utc = ZoneOffset.UTC;
            assertEquals(Instant.parse("2013-06-25T17:38:27Z"), Dates.localDateTime("2013-06-25 17:38:27", utc));
            assertEquals(Instant.parse("2015-03-16T14:40:47Z"), Dates.localDateTime("2015-03-16 14:40:47", utc));
        }

        @Test
        void readsShorterShapes() {
            assertEquals(Instant.parse("2025-11-08T21:22:00Z"), Dates.localDateTime("2025-11-08 14:22", DENVER));
            assertEquals(Instant.parse("2025-11-08T07:00:00Z"), Dates.localDateTime("2025-11-08", DENVER));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  ", "NULL"})
        void readsBlankAsNoValue(String text) {
            assertNull(Dates.localDateTime(text, DENVER));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-11-08T14:22:10", "08/11/2025 14:22", "2025-11-08 14:22:10 -0700",
            "2025-11-8 14:22:10", "2025-11-08 2:22 PM"})
        void refusesOtherShapes(String text) {
            InvalidValueException e =
                    assertThrows(InvalidValueException.class, () -> Dates.localDateTime(text, DENVER));
            assertEquals("\"" + text + "\" is not a date-time (expected e.g. 2025-11-08 14:22:10)", e.getMessage());
        }
    }

    @Nested
    class TicketTailor {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {
            "Nov 7, 2025 2:28 PM      | 2025-11-07T21:28:00Z",
            "Sat Nov 8, 2025 7:15 PM  | 2025-11-09T02:15:00Z",
            "Nov 7, 2025 12:05 AM     | 2025-11-07T07:05:00Z",
            "Nov 7, 2025 12:05 PM     | 2025-11-07T19:05:00Z",
            "nov 7, 2025 2:28 pm      | 2025-11-07T21:28:00Z",
            "Nov 7, 2025 02:28PM      | 2025-11-07T21:28:00Z",
            "Tue Jul 1, 2025 9:00 AM  | 2025-07-01T15:00:00Z",
        })
        void readsOrderAndEventDatesInTheEventZone(String text, String expected) {
            assertEquals(Instant.parse(expected), Dates.ticketTailor(text, DENVER));
        }

        @Test
        void refusesAWeekdayThatDoesNotFallOnTheDate() {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> Dates.ticketTailor("Fri Nov 8, 2025 7:15 PM", DENVER));
            assertEquals("\"Fri Nov 8, 2025 7:15 PM\" is not a real date or time"
                    + " (2025-11-08 is a Saturday, not a Friday)", e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Nov 7, 2025", "Nov 7, 2025 14:28", "2025-11-07 14:28", "Saturday Nov 8, 2025 7:15 PM"})
        void refusesOtherShapes(String text) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> Dates.ticketTailor(text, DENVER));
            assertEquals("\"" + text + "\" is not a Ticket Tailor date-time (expected e.g. Nov 7, 2025 2:28 PM,"
                    + " Sat Nov 8, 2025 7:15 PM or Thu 28 May 2026 20:00)", e.getMessage());
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {
            "Thu 28 May 2026 20:00    | 2026-05-29T02:00:00Z",
            "28 May 2026 20:00        | 2026-05-29T02:00:00Z",
            "Tue 28 Apr 2026 09:15    | 2026-04-28T15:15:00Z",
            "Sun 1 Nov 2026 9:05      | 2026-11-01T16:05:00Z",
            "thu 28 may 2026 00:00    | 2026-05-28T06:00:00Z",
        })
        void readsDayFirstTwentyFourHourTimesAsTheIssuedTicketsExportWritesThem(String text, String expected) {
            assertEquals(Instant.parse(expected), Dates.ticketTailor(text, DENVER));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Fri 28 May 2026 20:00", "Thu 28 May 2026 24:00", "Thu 28 May 2026 8 PM",
            "Thu 31 Jun 2026 20:00", "28 May 26 20:00"})
        void refusesDayFirstTimesThatAreNotRealOrNotWhole(String text) {
            assertThrows(InvalidValueException.class, () -> Dates.ticketTailor(text, DENVER));
        }

        @Test
        void refusesAnHourPastTwelve() {
            assertThrows(InvalidValueException.class, () -> Dates.ticketTailor("Nov 7, 2025 14:28 PM", DENVER));
        }

        @Test
        void readsBlankAsNoValue() {
            assertNull(Dates.ticketTailor(" ", DENVER));
        }
    }

    @Nested
    class ClockChanges {

        @Test
        void aTimeTheClocksSkippedIsRefused() {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> Dates.ticketTailor("Mar 8, 2026 2:30 AM", DENVER));
            assertTrue(e.getMessage().contains("did not exist in America/Denver"), e.getMessage());
            assertThrows(InvalidValueException.class, () -> Dates.localDateTime("2026-03-08 02:30:00", DENVER));
            assertThrows(InvalidValueException.class,
                    () -> Dates.paypal("3/8/2026", "02:30:00", "America/Denver", DateOrder.MONTH_FIRST, ZoneOffset.UTC));
        }

        @Test
        void aTimeThatHappenedTwiceIsRefused() {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> Dates.ticketTailor("Nov 2, 2025 1:30 AM", DENVER));
            assertTrue(e.getMessage().contains("happened twice in America/Denver"), e.getMessage());
            assertThrows(InvalidValueException.class, () -> Dates.localDateTime("2025-11-02 01:30:00", DENVER));
            assertThrows(InvalidValueException.class,
                    () -> Dates.paypal("2/11/2025", "01:30:00", "", DateOrder.DAY_FIRST, DENVER));
        }

        @Test
        void timesAroundTheChangeAndAnOffsetWrittenInTheFileAreKept() {
            assertEquals(Instant.parse("2025-11-02T06:59:00Z"), Dates.ticketTailor("Nov 2, 2025 12:59 AM", DENVER));
            assertEquals(Instant.parse("2025-11-02T09:00:00Z"), Dates.ticketTailor("Nov 2, 2025 2:00 AM", DENVER));
            assertEquals(Instant.parse("2025-11-02T07:30:00Z"),
                    Dates.kajabiTimestamp("2025-11-02 01:30:00 -0600", DENVER, DateOrder.DAY_FIRST));
            assertEquals(Instant.parse("2026-03-08T07:00:00Z"), Dates.localDateTime("2026-03-08", DENVER));
        }
    }
}
