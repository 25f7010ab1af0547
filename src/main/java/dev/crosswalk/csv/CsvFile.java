package dev.crosswalk.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An export opened for streaming: charset from {@link FileScan}, delimiter sniffed from the header
 * line, RFC 4180 quotes (delimiters, quotes and newlines inside fields), CR, LF and CRLF line ends.
 * The header is read by this class, not by Commons CSV, which would refuse repeated and empty names.
 */
public final class CsvFile implements Closeable {

    private final Charset charset;
    private final char delimiter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Header header;
    private long linesRead;
    private boolean streaming;

    private record Parsed(long line, String[] fields) {
    }

    private CsvFile(Charset charset, char delimiter, CSVParser parser) {
        this.charset = charset;
        this.delimiter = delimiter;
        this.parser = parser;
        this.records = parser.iterator();
        this.header = readHeader();
    }

    /**
     * Opens the file and reads its header line, refusing a file with no header line, a header with more
     * than {@code maxColumns} columns or a header whose names are all empty.
     */
    public static CsvFile open(Path file, FileScan scan, CsvLimits limits) throws IOException {
        char delimiter;
        try (Reader header = decode(file, scan)) {
            delimiter = DelimiterSniffer.sniff(header, limits.maxLineChars());
        }
        Reader reader = new GuardedCsvReader(decode(file, scan), delimiter, limits);
        try {
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(delimiter)).get();
            return new CsvFile(scan.charset(), delimiter, parser);
        } catch (IOException | RuntimeException e) {
            closeAfterFailure(reader, e);
            throw e;
        }
    }

    private static Reader decode(Path file, FileScan scan) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            if (scan.bom()) {
                in.skipNBytes(FileSignature.UTF8_BOM.length);
            }
            return new InputStreamReader(in, scan.charset());
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                // Mailchimp writes "\," inside values and means it literally
                .setEscape((Character) null)
                // one record per empty line keeps the parser's line count in step with record starts
                .setIgnoreEmptyLines(false)
                .get();
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    public Header header() {
        return header;
    }

    /**
     * Streams the data records lazily, once, in constant memory. A problem that makes the rest of the
     * file unreadable (an unclosed quote, a value or line over the limits) throws
     * {@link RejectedFileException} whose message starts with "line N: ".
     */
    public Iterator<CsvRow> rows() {
        if (streaming) {
            throw new IllegalStateException("the rows of a CSV file can be streamed once; open it again");
        }
        streaming = true;
        return new Iterator<>() {
            private CsvRow pending;

            @Override
            public boolean hasNext() {
                if (pending == null) {
                    Parsed parsed = parseNext();
                    if (parsed != null) {
                        pending = new CsvRow(header, parsed.line(), parsed.fields());
                    }
                }
                return pending != null;
            }

            @Override
            public CsvRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more rows in the CSV file");
                }
                CsvRow row = pending;
                pending = null;
                return row;
            }
        };
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Header readHeader() {
        Parsed first = parseNext();
        while (first != null && isEmptyLine(first.fields())) {
            first = parseNext();
        }
        if (first == null) {
            throw new RejectedFileException("The file has no header line. Expected the column names on the "
                    + "first line (for example: Email, First Name, Last Name), then one line per record.");
        }
        Header parsed = Header.of(Arrays.asList(first.fields()));
        if (parsed.names().stream().allMatch(String::isEmpty)) {
            throw new RejectedFileException("The header line (line " + first.line() + ") has no column names, "
                    + "only empty cells. Expected the column names on the first line (for example: Email, "
                    + "First Name, Last Name).");
        }
        return parsed;
    }

    private static boolean isEmptyLine(String[] fields) {
        return fields.length == 1 && fields[0].isEmpty();
    }

    /**
     * Parses one record, or returns null at the end. The parser counts line breaks consumed so far;
     * because every line yields a record, the next record starts on the line after that count.
     */
    private Parsed parseNext() {
        long start = linesRead + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            linesRead = parser.getCurrentLineNumber();
            return new Parsed(start, record.values());
        } catch (UncheckedIOException e) {
            // the guard refuses broken quoting first; any other parse error is still bad input, not an I/O failure
            if (e.getCause() instanceof CSVException invalid) {
                throw new RejectedFileException("line " + start + ": the file is not valid CSV ("
                        + invalid.getMessage() + "). Check the double quotes on that line, or export the file "
                        + "again.", invalid);
            }
            throw e;
        }
    }

    private static void closeAfterFailure(Closeable closeable, Exception failure) {
        try {
            closeable.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
