package dev.crosswalk.csv;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Writes real files for the tests and reads them the way the import pipeline does. */
final class CsvTestFiles {

    private CsvTestFiles() {
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] result = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, result, offset, part.length);
            offset += part.length;
        }
        return result;
    }

    static CsvFile open(Path file) throws IOException {
        return open(file, CsvLimits.defaults());
    }

    static CsvFile open(Path file, CsvLimits limits) throws IOException {
        return CsvFile.open(file, FileScan.of(file), limits);
    }

    static List<CsvRow> readRows(Path file) throws IOException {
        try (CsvFile csv = open(file)) {
            return drain(csv.rows());
        }
    }

    static List<CsvRow> drain(Iterator<CsvRow> rows) {
        List<CsvRow> result = new ArrayList<>();
        rows.forEachRemaining(result::add);
        return result;
    }

    /** The message of the refusal raised while scanning, opening or streaming the whole file. */
    static String refusal(Path file, CsvLimits limits) {
        return assertThrows(RejectedFileException.class, () -> {
            try (CsvFile csv = open(file, limits)) {
                csv.rows().forEachRemaining(row -> { });
            }
        }).getMessage();
    }

    static String refusal(Path file) {
        return refusal(file, CsvLimits.defaults());
    }
}
