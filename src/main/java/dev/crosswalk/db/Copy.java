package dev.crosswalk.db;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)}: the fastest way into a table. A null is an
 * unquoted empty field; every other value is quoted, so an empty string stays an empty string.
 */
public final class Copy {

    private final String target;
    private final StringBuilder buffer = new StringBuilder(64 * 1024);
    private int rows;

    /** {@code target} is a table with its column list, e.g. {@code contacts (id, email)}. */
    public Copy(String target) {
        this.target = target;
    }

    public Copy row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            Object v = values[i];
            if (v instanceof BigDecimal d) {
                quoted(d.toPlainString()); // toString may use an exponent
            } else if (v != null) {
                quoted(v.toString());
            }
        }
        buffer.append('\n');
        rows++;
        return this;
    }

    /** Appends a value quoted, its quotes doubled, in one pass (most of an audit row's JSON is quotes). */
    private void quoted(String value) {
        buffer.append('"');
        int from = 0;
        for (int q = value.indexOf('"'); q >= 0; q = value.indexOf('"', from)) {
            buffer.append(value, from, q + 1).append('"');
            from = q + 1;
        }
        buffer.append(value, from, value.length()).append('"');
    }

    public int rows() {
        return rows;
    }

    /** Sends the rows (if any) on this connection and clears the buffer. */
    public void flush(Connection connection) throws SQLException {
        if (rows == 0) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + target + " FROM STDIN (FORMAT csv)", new StringReader(buffer.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.setLength(0);
        rows = 0;
    }
}
