package dev.crosswalk.value;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The time-zone abbreviations PayPal writes in its TimeZone column, each the fixed offset it stands for and the
 * regions that use it. The abbreviation already says whether daylight saving applied (PST vs PDT), so the offset is
 * taken from it, not re-resolved through a region's rules; but a summer abbreviation on a winter date (PDT in
 * January) contradicts the calendar, and the row cannot say which of the two is wrong. Listed explicitly because
 * the JDK's own names are ambiguous: CST is US Central here, not China, and IST is India, not Ireland or Israel.
 * MEZ and MESZ are the German names of CET and CEST.
 */
final class ZoneAbbreviations {

    private record Abbreviation(ZoneOffset offset, List<ZoneId> regions) {
    }

    private static final Map<String, Abbreviation> ABBREVIATIONS = Map.ofEntries(
            entry("PST", -8 * 60, "America/Los_Angeles"),
            entry("PDT", -7 * 60, "America/Los_Angeles"),
            entry("MST", -7 * 60, "America/Denver", "America/Phoenix"),
            entry("MDT", -6 * 60, "America/Denver"),
            entry("CST", -6 * 60, "America/Chicago", "America/Regina"),
            entry("CDT", -5 * 60, "America/Chicago"),
            entry("EST", -5 * 60, "America/New_York", "America/Cancun"),
            entry("EDT", -4 * 60, "America/New_York"),
            entry("AKST", -9 * 60, "America/Anchorage"),
            entry("AKDT", -8 * 60, "America/Anchorage"),
            entry("HST", -10 * 60, "Pacific/Honolulu"),
            entry("GMT", 0),
            entry("UTC", 0),
            entry("BST", 60, "Europe/London"),
            entry("CET", 60, "Europe/Paris", "Africa/Algiers"),
            entry("MEZ", 60, "Europe/Berlin"),
            entry("CEST", 2 * 60, "Europe/Paris"),
            entry("MESZ", 2 * 60, "Europe/Berlin"),
            entry("EET", 2 * 60, "Europe/Athens", "Africa/Cairo"),
            entry("EEST", 3 * 60, "Europe/Athens"),
            entry("AEST", 10 * 60, "Australia/Sydney", "Australia/Brisbane"),
            entry("AEDT", 11 * 60, "Australia/Sydney"),
            entry("JST", 9 * 60, "Asia/Tokyo"),
            entry("IST", 5 * 60 + 30, "Asia/Kolkata"));

    private ZoneAbbreviations() {
    }

    private static Map.Entry<String, Abbreviation> entry(String name, int minutes, String... regions) {
        return Map.entry(name, new Abbreviation(ZoneOffset.ofTotalSeconds(minutes * 60),
                List.of(regions).stream().map(ZoneId::of).toList()));
    }

    /**
     * The offset of a stripped, non-blank abbreviation (any letter case) for a time on a given local date, refusing one that no region using it shows
     * then: "PDT" on 7 January is neither a Pacific winter time nor a summer one.
     */
    static ZoneOffset offsetOn(String abbreviation, LocalDateTime at) {
        Abbreviation known = find(abbreviation);
        if (known.regions().isEmpty() || known.regions().stream().anyMatch(region -> shows(region, at,
                known.offset()))) {
            return known.offset();
        }
        throw new InvalidValueException(InvalidValueException.quote(abbreviation) + " (UTC" + known.offset().getId()
                + ") is not in effect on " + at.toLocalDate() + " in " + known.regions().get(0).getId()
                + ": the date or the time zone is wrong");
    }

    private static boolean shows(ZoneId region, LocalDateTime at, ZoneOffset offset) {
        ZoneRules rules = region.getRules();
        if (rules.getValidOffsets(at).contains(offset)) {
            return true;
        }
        // in the hour the clocks skip, the time is only valid written in the offset before or after the change
        ZoneOffsetTransition change = rules.getTransition(at);
        return change != null && (change.getOffsetBefore().equals(offset) || change.getOffsetAfter().equals(offset));
    }

    private static Abbreviation find(String abbreviation) {
        Abbreviation known = ABBREVIATIONS.get(abbreviation.toUpperCase(Locale.ROOT));
        if (known == null) {
            throw InvalidValueException.notA(abbreviation, "a known time zone abbreviation",
                    "one of " + String.join(", ", ABBREVIATIONS.keySet().stream().sorted().toList())
                            + ", or a zone name such as Europe/Berlin");
        }
        return known;
    }
}
