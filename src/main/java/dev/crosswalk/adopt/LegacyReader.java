package dev.crosswalk.adopt;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Rows of the legacy tables as text, wherever they come from (a live database or a folder of CSV dumps), so the
 * mapping to Crosswalk is written once. A table or column the installation lacks is simply absent.
 */
public interface LegacyReader extends AutoCloseable {

    /**
     * Every row of {@code table} as column → text (null for SQL NULL), with those of {@code columns} the table has;
     * empty when the table does not exist.
     */
    List<Map<String, String>> rows(String table, List<String> columns) throws SQLException, IOException;

    /** What was read, for the report: a JDBC URL without credentials, or the dump folder. */
    String describe();

    /** {@code live} or {@code dump}: the report's format. */
    String kind();

    @Override
    void close() throws SQLException;
}
