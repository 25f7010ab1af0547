package dev.crosswalk.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams a sample export to disk: header, then the rows of person after person until the requested count. Only
 * one row is held at a time, whatever the count (10 or 10,000,000).
 */
public final class SampleWriter {

    private static final int BUFFER = 1 << 16;

    private SampleWriter() {
    }

    /** What a write produced: the rows written and the first person it did not reach. */
    public record Written(long rows, long nextPerson) {
    }

    /** Writes {@code rows} rows, person after person from {@code firstPerson}. */
    public static <E> Written write(SampleFormat<E> format, People people, long firstPerson, long rows, Path file)
            throws IOException {
        return write(format, people, firstPerson, Long.MAX_VALUE, rows, file);
    }

    /** Writes the rows of persons {@code firstPerson} (inclusive) to {@code endPerson} (exclusive). */
    public static <E> Written writePopulation(SampleFormat<E> format, People people, long firstPerson,
            long endPerson, Path file) throws IOException {
        return write(format, people, firstPerson, endPerson, Long.MAX_VALUE, file);
    }

    private static <E> Written write(SampleFormat<E> format, People people, long firstPerson, long endPerson,
            long rows, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        CSVFormat csv = CSVFormat.DEFAULT.builder().setQuoteMode(format.quoteMode()).setRecordSeparator("\r\n").get();
        String[] values = new String[format.columns().size()];
        // each record is formatted into a builder and written in one call: the printer locks per value
        StringBuilder line = new StringBuilder(1024);
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), format.encoding().charset()), BUFFER);
                CSVPrinter printer = new CSVPrinter(line, csv)) {
            if (format.encoding().bom()) {
                out.write('\uFEFF');
            }
            printer.printRecord(format.header());
            flush(line, out);
            long written = 0;
            long person = firstPerson;
            while (written < rows && person < endPerson) {
                for (E row : format.rows().apply(people, person)) {
                    if (written == rows) {
                        break;
                    }
                    for (int c = 0; c < values.length; c++) {
                        values[c] = format.columns().get(c).value().apply(row);
                    }
                    printer.printRecord((Object[]) values);
                    flush(line, out);
                    written++;
                }
                person++;
            }
            return new Written(written, person);
        }
    }

    private static void flush(StringBuilder line, Writer out) throws IOException {
        out.append(line);
        line.setLength(0);
    }
}
