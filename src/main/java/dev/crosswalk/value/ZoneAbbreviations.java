package dev.crosswalk.value;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * The time-zone abbreviations PayPal writes in its TimeZone column, each the fixed offset it stands for. The
 * abbreviation already says whether daylight saving applied (PST vs PDT), so it must not be re-resolved through a
 * region's rules. Listed explicitly because the JDK's own names are ambiguous: CST is US Central here, not China,
 * and IST is India, not Ireland or Israel.
 */
final class ZoneAbbreviations {

    private static final Map<String, ZoneOffset> OFFSETS = Map.ofEntries(
            Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("AKST", ZoneOffset.ofHours(-9)),
            Map.entry("AKDT", ZoneOffset.ofHours(-8)),
            Map.entry("HST", ZoneOffset.ofHours(-10)),
            Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("UTC", ZoneOffset.UTC),
            Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)),
            Map.entry("AEST", ZoneOffset.ofHours(10)),
            Map.entry("AEDT", ZoneOffset.ofHours(11)),
            Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)));

    private ZoneAbbreviations() {
    }

    /** The offset of a stripped, non-blank abbreviation, in any letter case. */
    static ZoneOffset offset(String abbreviation) {
        ZoneOffset offset = OFFSETS.get(abbreviation.toUpperCase(Locale.ROOT));
        if (offset == null) {
            throw InvalidValueException.notA(abbreviation, "a known time zone abbreviation",
                    "one of " + String.join(", ", OFFSETS.keySet().stream().sorted().toList()));
        }
        return offset;
    }
}
