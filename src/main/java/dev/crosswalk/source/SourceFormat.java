package dev.crosswalk.source;

import dev.crosswalk.csv.Header;

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
}
