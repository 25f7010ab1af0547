package dev.crosswalk.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cells holding several items. Each list comes back with its items trimmed, without blanks or repeats, in the order
 * written; a blank cell is an empty list.
 */
public final class Lists {

    /** One quoted Mailchimp tag and the comma or semicolon after it: "VIP", or "VIP"; */
    private static final Pattern QUOTED_TAG = Pattern.compile("\\s*\"([^\"]*)\"\\s*(?:[,;]|$)");

    private Lists() {
    }

    /** Kajabi Products and Tags: "quiz, Bali 2027 Attendee". A name containing a comma cannot be told apart. */
    public static List<String> commaSeparated(String text) {
        String value = Text.clean(text);
        return value == null ? List.of() : distinct(Arrays.asList(value.split(",")));
    }

    /** Zoho Tag and hand-kept tag columns, whose separator varies: "VIP; Newsletter, Retreat 2026". */
    public static List<String> commaOrSemicolonSeparated(String text) {
        String value = Text.clean(text);
        return value == null ? List.of() : distinct(Arrays.asList(value.split("[,;]")));
    }

    /**
     * Mailchimp TAGS in every form Mailchimp has written: (after CSV unquoting) {@code "VIP","Blog"} or
     * {@code "VIP";"Blog"}, where the quotes let a tag contain a comma or semicolon; a cell without quotes
     * ("VIP, Blog", "VIP; Blog", "VIP") is a plain list split on either; a blank cell no tags.
     */
    public static List<String> mailchimpTags(String text) {
        String value = Text.clean(text);
        if (value == null) {
            return List.of();
        }
        if (value.charAt(0) != '"') {
            return commaOrSemicolonSeparated(value);
        }
        List<String> tags = new ArrayList<>();
        Matcher tag = QUOTED_TAG.matcher(value);
        int end = 0;
        while (end < value.length()) {
            tag.region(end, value.length());
            if (!tag.lookingAt()) {
                throw InvalidValueException.notA(text, "a Mailchimp tag list", "e.g. \"VIP\",\"Blog\"");
            }
            tags.add(tag.group(1));
            end = tag.end();
        }
        return distinct(tags);
    }

    /** Mailchimp group (interest) values: comma-separated, where "\," is a comma inside a group name. */
    public static List<String> mailchimpGroups(String text) {
        String value = Text.clean(text);
        if (value == null) {
            return List.of();
        }
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) == ',') {
                group.append(',');
                i++;
            } else if (c == ',') {
                groups.add(group.toString());
                group.setLength(0);
            } else {
                group.append(c);
            }
        }
        groups.add(group.toString());
        return distinct(groups);
    }

    private static List<String> distinct(List<String> items) {
        return items.stream().map(Text::strip).filter(item -> !item.isEmpty()).distinct().toList();
    }
}
