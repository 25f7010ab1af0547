package dev.crosswalk.match;

import dev.crosswalk.model.SourceRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The rows of a chunk that carry an email or id of a person erased on request (a tombstone), by line, with the date
 * of the erasure: one query for the whole chunk. Such a row is skipped before matching, so it neither re-creates
 * the person nor lends their email to anyone. The erasure package keeps the tombstones and provides the check.
 */
@FunctionalInterface
public interface ErasedRows {

    Map<Long, LocalDate> of(Connection c, List<SourceRecord> rows) throws SQLException;

    /** The reason an import row matching a tombstone is skipped with. */
    static String reason(LocalDate erasedOn) {
        return "erased on request (" + erasedOn + ")";
    }
}
