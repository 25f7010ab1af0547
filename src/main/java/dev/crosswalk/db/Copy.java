package dev.crosswalk.db;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)}: the fastest way into a table. A null is an
 * unquoted empty field; every other value is quoted, so an empty string stays an empty string. Rows are held until
 * {@link #flush} (several can be filled at once, then sent one after another), as UTF-8 blocks of about 32 KB: one
 * buffer of a whole chunk's audit rows grew to megabytes, and each such array made the collector stop the import.
 */
public final class Copy {

    private static final int BLOCK = 32 * 1024;

    private final String target;
    private final StringBuilder pending = new StringBuilder(BLOCK + BLOCK / 4);
    private final List<byte[]> blocks = new ArrayList<>();
    private int rows;

    /** {@code target} is a table with its column list, e.g. {@code contacts (id, email)}. */
    public Copy(String target) {
        this.target = target;
    }

    public Copy row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                pending.append(',');
            }
            Object v = values[i];
            if (v instanceof BigDecimal d) {
                quoted(d.toPlainString()); // toString may use an exponent
            } else if (v != null) {
                quoted(v.toString());
            }
        }
        pending.append('\n');
        rows++;
        if (pending.length() >= BLOCK) {
            blocks.add(pending.toString().getBytes(StandardCharsets.UTF_8));
            pending.setLength(0);
        }
        return this;
    }

    /** Appends a value quoted, its quotes doubled, in one pass (most of an audit row's JSON is quotes). */
    private void quoted(String value) {
        pending.append('"');
        int from = 0;
        for (int q = value.indexOf('"'); q >= 0; q = value.indexOf('"', from)) {
            pending.append(value, from, q + 1).append('"');
            from = q + 1;
        }
        pending.append(value, from, value.length()).append('"');
    }

    public int rows() {
        return rows;
    }

    /** Sends the rows (if any) on this connection and clears them. */
    public void flush(Connection connection) throws SQLException {
        if (rows == 0) {
            return;
        }
        byte[] last = pending.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + target + " FROM STDIN (FORMAT csv)");
        try {
            for (byte[] block : blocks) {
                copy.writeToCopy(block, 0, block.length);
            }
            copy.writeToCopy(last, 0, last.length);
            copy.endCopy();
        } catch (SQLException e) {
            // the server's reason is what the caller needs; a cancel that fails too only adds to it
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException cancel) {
                    e.addSuppressed(cancel);
                }
            }
            throw e;
        }
        blocks.clear();
        pending.setLength(0);
        rows = 0;
    }
}
