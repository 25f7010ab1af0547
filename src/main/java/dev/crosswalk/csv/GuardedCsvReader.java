package dev.crosswalk.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Follows the decoded characters with the same states as the Commons CSV lexer (RFC 4180 quotes, no
 * escape character), so that an oversized value, an overlong line, too many columns or broken quoting
 * is refused before the parser buffers it, naming the physical line. The parser on its own would read
 * an unclosed quote to the end of the file into one value.
 *
 * <p>Characters before a problem are still delivered, so the records before it parse normally and the
 * refusal surfaces when the parser reaches the bad spot.
 */
final class GuardedCsvReader extends Reader {

    private enum State { FIELD_START, PLAIN, QUOTED, QUOTE_IN_QUOTED, AFTER_CLOSING_QUOTE }

    private static final char QUOTE = '"';
    private static final String CHECK_QUOTES = "Check the double quotes on that line, or export the file again.";

    private final Reader in;
    private final char delimiter;
    private final CsvLimits limits;

    private State state = State.FIELD_START;
    private long line = 1;
    private long quoteLine;
    private char previous;
    private int lineChars;
    private int fieldChars;
    private int fields = 1;
    private RejectedFileException refusal;

    GuardedCsvReader(Reader in, char delimiter, CsvLimits limits) {
        this.in = in;
        this.delimiter = delimiter;
        this.limits = limits;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (refusal != null) {
            throw refusal;
        }
        int count = in.read(buffer, offset, length);
        if (count < 0) {
            if (state == State.QUOTED) {
                throw refuse(quoteLine, "a quoted field is never closed; a value that starts with a double "
                        + "quote (\") must end with one. " + CHECK_QUOTES);
            }
            return count;
        }
        for (int i = 0; i < count; i++) {
            try {
                accept(buffer[offset + i]);
            } catch (RejectedFileException e) {
                if (i == 0) {
                    throw e;
                }
                refusal = e;
                return i;
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void accept(char c) {
        boolean lineBreak = c == '\r' || c == '\n';
        if (lineBreak) {
            lineChars = 0;
        } else if (++lineChars > limits.maxLineChars()) {
            throw refuse(line, String.format(Locale.ROOT, "the line is longer than %,d characters, the most "
                    + "Crosswalk reads in one line. Expected one record per line; check that this is a CSV export.",
                    limits.maxLineChars()));
        }
        switch (state) {
            case FIELD_START -> {
                if (c == QUOTE) {
                    state = State.QUOTED;
                    quoteLine = line;
                    fieldChars = 0;
                } else if (!endsField(c, lineBreak)) {
                    state = State.PLAIN;
                    fieldChars = 0;
                    addFieldChar();
                }
            }
            case PLAIN -> {
                if (!endsField(c, lineBreak)) {
                    addFieldChar();
                }
            }
            case QUOTED -> {
                if (c == QUOTE) {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    addFieldChar();
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == QUOTE) {
                    state = State.QUOTED; // a doubled quote stands for one quote inside the value
                    addFieldChar();
                } else if (!endsField(c, lineBreak)) {
                    afterClosingQuote(c);
                }
            }
            case AFTER_CLOSING_QUOTE -> {
                if (!endsField(c, lineBreak)) {
                    afterClosingQuote(c);
                }
            }
        }
        if (c == '\r' || c == '\n' && previous != '\r') {
            line++;
        }
        previous = c;
    }

    private boolean endsField(char c, boolean lineBreak) {
        if (c == delimiter) {
            if (++fields > limits.maxColumns()) {
                throw refuse(line, String.format(Locale.ROOT, "the line has more than %,d columns, the most "
                        + "Crosswalk reads. Check that this is the right file and that it is a CSV export.",
                        limits.maxColumns()));
            }
            state = State.FIELD_START;
            return true;
        }
        if (lineBreak) {
            fields = 1;
            state = State.FIELD_START;
            return true;
        }
        return false;
    }

    /** Like Commons CSV: spaces may follow a closing quote, anything else is malformed. */
    private void afterClosingQuote(char c) {
        if (!Character.isWhitespace(c)) {
            String opened = quoteLine == line ? "" : " that starts on line " + quoteLine;
            throw refuse(line, "text follows the closing double quote of a quoted field" + opened + "; a quoted "
                    + "value must end with a double quote right before the delimiter or the end of the line. "
                    + CHECK_QUOTES);
        }
        state = State.AFTER_CLOSING_QUOTE;
    }

    private void addFieldChar() {
        if (++fieldChars <= limits.maxFieldChars()) {
            return;
        }
        if (state == State.QUOTED) {
            throw refuse(quoteLine, String.format(Locale.ROOT, "a quoted field that starts on this line is never "
                    + "closed, or is longer than %,d characters, the most Crosswalk reads in one value. %s",
                    limits.maxFieldChars(), CHECK_QUOTES));
        }
        throw refuse(line, String.format(Locale.ROOT, "a field is longer than %,d characters, the most Crosswalk "
                + "reads in one value. Check that this is the right file and that it is a CSV export.",
                limits.maxFieldChars()));
    }

    private static RejectedFileException refuse(long line, String problem) {
        return new RejectedFileException("line " + line + ": " + problem);
    }
}
