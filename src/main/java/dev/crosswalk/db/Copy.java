package dev.crosswalk.db;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)}: the fastest way into a table. A null is an
 * unquoted empty field; every other value is quoted, so an empty string stays an empty string. Rows go as UTF-8
 * blocks of about 32 KB: one buffer of a whole chunk's audit rows grew to megabytes, and each such array made the
 * collector stop the import.
 * <p>
 * A copy made with {@link #Copy(String)} holds its blocks until {@link #flush} (several can be filled at once, then
 * sent one after another). {@link #stream} sends each block as it fills, so the server inserts while the caller
 * builds the next: the two no longer take turns. Its COPY is open from the first block to the end of the call, when
 * the connection can run nothing else, so the rows are given by one function and the COPY never outlives it.
 */
public final class Copy {

    private static final int BLOCK = 32 * 1024;

    private final String target;
    private final Connection streamTo;
    private final StringBuilder pending = new StringBuilder(BLOCK + BLOCK / 4);
    private final List<byte[]> blocks = new ArrayList<>();
    private CopyIn open;
    private SQLException sendFailed;
    private int rows;

    /** {@code target} is a table with its column list, e.g. {@code contacts (id, email)}. */
    public Copy(String target) {
        this(target, null);
    }

    private Copy(String target, Connection streamTo) {
        this.target = target;
        this.streamTo = streamTo;
    }

    /**
     * Writes the rows {@code rows} gives into {@code target} on {@code connection}, each block sent as it fills, and
     * returns how many there were. A failure (the caller's or the server's) cancels the COPY: the connection goes on.
     */
    public static int stream(Connection connection, String target, Consumer<Copy> rows) throws SQLException {
        Copy copy = new Copy(target, connection);
        try {
            rows.accept(copy);
        } catch (RuntimeException | Error e) {
            copy.cancelAfter(e);
            throw e;
        }
        int written = copy.rows;
        copy.flush(connection); // cancels on its own failure
        return written;
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
            byte[] block = pending.toString().getBytes(StandardCharsets.UTF_8);
            pending.setLength(0);
            if (streamTo == null) {
                blocks.add(block);
            } else {
                send(block);
            }
        }
        return this;
    }

    /** A failure to send is kept for {@link #flush} to throw: the server's reason comes with it there. */
    private void send(byte[] block) {
        if (sendFailed != null) {
            return;
        }
        try {
            if (open == null) {
                open = start(streamTo);
            }
            open.writeToCopy(block, 0, block.length);
        } catch (SQLException e) {
            sendFailed = e;
        }
    }

    private CopyIn start(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + target + " FROM STDIN (FORMAT csv)");
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
        try {
            if (sendFailed != null) {
                throw sendFailed;
            }
            if (open == null) {
                open = start(connection);
            }
            for (byte[] block : blocks) {
                open.writeToCopy(block, 0, block.length);
            }
            open.writeToCopy(last, 0, last.length);
            open.endCopy();
        } catch (SQLException e) {
            // the server's reason is what the caller needs; a cancel that fails too only adds to it
            cancelAfter(e);
            throw e;
        } finally {
            open = null;
            sendFailed = null;
            blocks.clear();
            pending.setLength(0);
            rows = 0;
        }
    }

    /** Cancels a COPY still open (a failure came between its first block and its flush): the connection goes on. */
    private void cancelOpen() throws SQLException {
        try {
            if (open != null && open.isActive()) {
                open.cancelCopy();
            }
        } finally {
            open = null;
        }
    }

    private void cancelAfter(Throwable failure) {
        try {
            cancelOpen();
        } catch (SQLException cancel) {
            failure.addSuppressed(cancel);
        }
    }
}
