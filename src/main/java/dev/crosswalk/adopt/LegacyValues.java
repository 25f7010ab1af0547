package dev.crosswalk.adopt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Legacy values as PostgreSQL writes them as text: t/f, timestamptz, numeric, text[] and jsonb arrays. */
final class LegacyValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SHORT_OFFSET = Pattern.compile(".*[+-]\\d\\d$");

    private LegacyValues() {
    }

    /** The trimmed text, null when absent or blank. */
    static String text(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** NULL is false, as the legacy scripts read it. */
    static boolean flag(Map<String, String> row, String column) {
        String value = text(row, column);
        return value != null && ("t".equalsIgnoreCase(value) || "true".equalsIgnoreCase(value));
    }

    /** A timestamptz as text ("2025-11-11 10:00:00.5+00", or ISO with a T). */
    static Instant instant(Map<String, String> row, String column) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        String iso = value.replace(' ', 'T');
        if (SHORT_OFFSET.matcher(iso).matches()) {
            iso = iso + ":00";
        }
        return OffsetDateTime.parse(iso).toInstant();
    }

    static BigDecimal amount(Map<String, String> row, String column) {
        String value = text(row, column);
        return value == null ? null : new BigDecimal(value);
    }

    static String upper(Map<String, String> row, String column) {
        String value = text(row, column);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** A text[] literal ({a,"b c"}) as its elements. */
    static List<String> textArray(Map<String, String> row, String column) {
        String value = text(row, column);
        List<String> items = new ArrayList<>();
        if (value == null || value.length() < 2) {
            return items;
        }
        String body = value.substring(1, value.length() - 1);
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\\' && i + 1 < body.length()) {
                item.append(body.charAt(++i));
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(ch);
            }
        }
        items.add(item.toString());
        return items;
    }

    /** A jsonb array's strings; anything else (malformed JSON included) holds none. */
    static List<String> jsonStrings(Map<String, String> row, String column) {
        List<String> items = new ArrayList<>();
        JsonNode node = json(row, column);
        if (node != null && node.isArray()) {
            node.forEach(n -> {
                if (n.isTextual()) {
                    items.add(n.asText());
                }
            });
        }
        return items;
    }

    /** True when the column holds something other than a JSON array (a value adopt cannot read). */
    static boolean notJsonArray(Map<String, String> row, String column) {
        JsonNode node = json(row, column);
        return text(row, column) != null && (node == null || !node.isArray());
    }

    private static JsonNode json(Map<String, String> row, String column) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
