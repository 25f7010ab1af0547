package dev.crosswalk.retention;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code crosswalk.retention.<item>} setting: how long what it names is kept ({@code 90d}, {@code 8w},
 * {@code 18m}, {@code 2y}; empty or {@code off} keeps it for ever) and, for records, whether retention deletes or
 * anonymises them. Files are always deleted; audit values are always cleared. {@code keepText} is the setting as
 * written, e.g. "2y", for reports.
 */
public record RetentionRule(Item item, Period keep, String keepText, String action) {

    /** What a rule removes: files under an outbox folder, or the records of {@code retention_records}. */
    public enum Item {
        ARCHIVE("archive", "archived exports", "archive", null),
        REPORTS("reports", "reports", "reports", null),
        CHANGES("changes", "changes files", "reports", "-changes.csv"),
        REJECTED("rejected", "rejected files", "rejected", null),
        SUBSCRIPTIONS_ENDED("subscriptions-ended", "canceled or expired subscriptions", null, null),
        TRANSACTIONS_FAILED("transactions-failed", "failed or voided transactions", null, null),
        AUDIT_VALUES("audit-values", "batches' audit values", null, null);

        private final String key;
        private final String label;
        private final String folder;
        private final String suffix;

        Item(String key, String label, String folder, String suffix) {
            this.key = key;
            this.label = label;
            this.folder = folder;
            this.suffix = suffix;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /** The outbox folder of a file item, null for records. */
        public String folder() {
            return folder;
        }

        /** Whether a file of this item's folder belongs to it (reports leave changes files to CHANGES). */
        boolean holds(String fileName) {
            if (this == REPORTS) {
                return !fileName.endsWith(CHANGES.suffix);
            }
            return suffix == null || fileName.endsWith(suffix);
        }
    }

    public static final String DELETE = "delete";
    public static final String ANONYMISE = "anonymise";
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([dwmy])");

    /**
     * The rules that are on, in the order of {@link Item}; {@code setting} gives a crosswalk.retention.* setting's
     * value by its name, blank when it is not set.
     */
    public static List<RetentionRule> load(UnaryOperator<String> setting) {
        List<RetentionRule> rules = new ArrayList<>();
        for (Item item : Item.values()) {
            String value = setting.apply("crosswalk.retention." + item.key()).strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty() || value.equals("off")) {
                continue;
            }
            String action = setting.apply("crosswalk.retention." + item.key() + ".action").strip()
                    .toLowerCase(Locale.ROOT);
            if (action.isEmpty()) {
                action = ANONYMISE;
            }
            if (!action.equals(DELETE) && !action.equals(ANONYMISE)) {
                throw new IllegalArgumentException("crosswalk.retention." + item.key() + ".action is '" + action
                        + "'; expected delete or anonymise");
            }
            rules.add(new RetentionRule(item, period(item, value), value.replace(" ", ""), action));
        }
        return rules;
    }

    private static Period period(Item item, String value) {
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("crosswalk.retention." + item.key() + " is '" + value
                    + "'; expected a number and d, w, m or y (e.g. 2y, 18m, 90d), or off");
        }
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Period.ofDays(n);
            case "w" -> Period.ofWeeks(n);
            case "m" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        };
    }
}
