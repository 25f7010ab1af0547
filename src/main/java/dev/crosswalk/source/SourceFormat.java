package dev.crosswalk.source;

import dev.crosswalk.csv.Header;
import java.util.Map;

/**
 * One export layout of one source: it recognises its header and binds a row mapper to it. Formats are
 * looked up by header, never by position, so user-chosen column subsets and orders work.
 */
public interface SourceFormat {

    /** Stable name shown in reports, e.g. {@code kajabi-people}. */
    String name();

    /** The layout variant, e.g. {@code 2025}; shown in reports next to the name. */
    default String version() {
        return "1";
    }

    boolean recognises(Header header);

    /** What this format's header looks like, in words for a refusal message. */
    String expectation();

    RowMapper bind(Header header, MappingContext context);

    /** The language of the header this format reads, as the report names it. */
    default String language() {
        return "English";
    }

    /**
     * Where the header's numeric day/month dates are and the order assumed when the file proves none; null when
     * the format has no such dates (its dates are year-first or spelled out). The engine decides the file's order
     * from every row before any row is applied and hands it to {@link #bind} in the {@link MappingContext}.
     */
    default DateRule dateRule(Header header) {
        return null;
    }

    /**
     * Where the header's amounts are and the number style assumed when the file proves none; null when the format
     * has no amounts. The engine decides the file's style before any row is applied, like its date order, and hands
     * it to {@link #bind} in the {@link MappingContext}.
     */
    default NumberRule numberRule(Header header) {
        return null;
    }

    /**
     * Why a header this format can tell apart is nonetheless refused (e.g. a PayPal statement report, which looks
     * like an activity download), saying which export to use instead; null when it is not refused.
     */
    default String refusal(Header header) {
        return null;
    }

    /**
     * For the report: which column of the header fed which field ({@code columns_read}), and the columns nothing reads
     * ({@code columns_not_imported}, {@code columns_ignored}), so that no column's values are dropped without a word.
     */
    default Map<String, String> columnReport(Header header) {
        return Map.of();
    }

    /**
     * What the engine does once after the file's last row, inside the batch transaction (rolled back with a
     * preview): a full snapshot of subscriptions marks those it no longer lists. A layout states it; it never
     * touches the database itself.
     */
    default AfterLastRow afterLastRow() {
        return AfterLastRow.NOTHING;
    }
}
