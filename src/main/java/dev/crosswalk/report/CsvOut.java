package dev.crosswalk.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file a person will open in a spreadsheet: UTF-8 with a BOM (so Excel reads accents), RFC 4180 quoting,
 * and every cell that a spreadsheet would run as a formula neutralised with a leading apostrophe.
 */
public final class CsvOut implements Closeable {

    private final CSVPrinter printer;

    public CsvOut(Path file, String... header) {
        try {
            Files.createDirectories(file.getParent());
            Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            printer.printRecord((Object[]) header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** {@code =1+1} becomes {@code '=1+1}: shown as text, never evaluated (CWE-1236). */
    public static String neutralise(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    public void row(Object... values) {
        try {
            for (Object v : values) {
                printer.print(neutralise(v));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
