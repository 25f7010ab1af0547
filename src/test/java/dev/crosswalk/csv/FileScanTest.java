package dev.crosswalk.csv;

import static dev.crosswalk.csv.CsvTestFiles.concat;
import static dev.crosswalk.csv.CsvTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileScanTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CSV = "Name,Email\nJos\u00e9 M\u00fcller,jose@example.com\n";

    @TempDir
    Path dir;

    private String refusal(Path file) {
        return assertThrows(RejectedFileException.class, () -> FileScan.of(file)).getMessage();
    }

    @Test
    void utf8WithoutBom() throws IOException {
        Path file = write(dir, "people.csv", CSV);

        FileScan scan = FileScan.of(file);

        assertEquals(StandardCharsets.UTF_8, scan.charset());
        assertFalse(scan.bom());
        assertEquals(Files.size(file), scan.bytes());
    }

    @Test
    void utf8WithBom() throws IOException {
        Path file = write(dir, "people.csv", concat(BOM, CSV.getBytes(StandardCharsets.UTF_8)));

        FileScan scan = FileScan.of(file);

        assertEquals(StandardCharsets.UTF_8, scan.charset());
        assertTrue(scan.bom());
        assertEquals(Files.size(file), scan.bytes());
    }

    @Test
    void windows1252WhenTheBytesAreNotUtf8() throws IOException {
        Path file = write(dir, "paypal.csv", CSV.getBytes(WINDOWS_1252));

        FileScan scan = FileScan.of(file);

        assertEquals(WINDOWS_1252, scan.charset());
        assertFalse(scan.bom());
    }

    @Test
    void windows1252WhenOnlyTheLastByteOfALargeFileIsNotUtf8() throws IOException {
        StringBuilder text = new StringBuilder("Name,Email,City\n");
        for (int i = 0; text.length() < 250_000; i++) {
            text.append("Ren\u00e9e ").append(i).append(",renee").append(i).append("@example.com,K\u00f6ln \u20ac\n");
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        Path file = write(dir, "large.csv", concat(utf8, new byte[] {'J', 'o', 's', (byte) 0xE9}));
        assertTrue(Files.size(file) > 200_000);

        assertEquals(WINDOWS_1252, FileScan.of(file).charset());
    }

    @Test
    void overlongAndSurrogateBytesAreNotUtf8() throws IOException {
        Path overlong = write(dir, "overlong.csv", new byte[] {'N', 'a', 'm', 'e', '\n', (byte) 0xC0, (byte) 0xAF});
        Path surrogate = write(dir, "surrogate.csv",
                new byte[] {'N', 'a', 'm', 'e', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80});

        assertEquals(WINDOWS_1252, FileScan.of(overlong).charset());
        assertEquals(WINDOWS_1252, FileScan.of(surrogate).charset());
    }

    @Test
    void bomFollowedByWindows1252BytesKeepsTheBomFlag() throws IOException {
        Path file = write(dir, "resaved.csv", concat(BOM, CSV.getBytes(WINDOWS_1252)));

        FileScan scan = FileScan.of(file);

        assertEquals(WINDOWS_1252, scan.charset());
        assertTrue(scan.bom());
    }

    @Test
    void sha256AndSizeMatchTheBytes() throws Exception {
        StringBuilder text = new StringBuilder("Email\n");
        for (int i = 0; i < 30_000; i++) {
            text.append("person").append(i).append("@example.com\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Path file = write(dir, "emails.csv", bytes);

        FileScan scan = FileScan.of(file);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(expected, scan.sha256());
        assertEquals(64, scan.sha256().length());
        assertEquals(bytes.length, scan.bytes());
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        String message = refusal(write(dir, "empty.csv", new byte[0]));

        assertTrue(message.startsWith("The file is empty (0 bytes)."), message);
        assertTrue(message.contains("Expected a CSV export"), message);
    }

    @Test
    void refusesAFileWithOnlyABom() throws IOException {
        String message = refusal(write(dir, "bom.csv", BOM));

        assertTrue(message.contains("no content (only a byte-order mark)"), message);
    }

    @Test
    void refusesAFileWithOnlyWhitespace() throws IOException {
        String message = refusal(write(dir, "blank.csv", concat(BOM, " \r\n\t\n  \n".getBytes(StandardCharsets.UTF_8))));

        assertTrue(message.contains("no content (only blank lines or spaces)"), message);
    }

    @Test
    void refusesGzip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(CSV.getBytes(StandardCharsets.UTF_8));
        }

        String message = refusal(write(dir, "export.csv", bytes.toByteArray()));

        assertTrue(message.contains("gzip-compressed"), message);
    }

    @Test
    void refusesZipSayingItMayBeAWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        String message = refusal(write(dir, "contacts.csv", bytes.toByteArray()));

        assertTrue(message.contains("ZIP archive"), message);
        assertTrue(message.contains("Excel workbook (.xlsx)"), message);
        assertTrue(message.contains("save it as CSV"), message);
    }

    @Test
    void refusesUtf16LittleEndianWithBom() throws IOException {
        Path file = write(dir, "utf16.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                CSV.getBytes(StandardCharsets.UTF_16LE)));

        String message = refusal(file);

        assertTrue(message.contains("UTF-16 or UTF-32"), message);
        assertTrue(message.contains("save it as UTF-8 CSV"), message);
    }

    @Test
    void refusesUtf16BigEndianWithBom() throws IOException {
        String message = refusal(write(dir, "utf16be.csv", CSV.getBytes(StandardCharsets.UTF_16)));

        assertTrue(message.contains("UTF-16 or UTF-32"), message);
    }

    @Test
    void refusesUtf16WithoutBomByItsNulBytes() throws IOException {
        String message = refusal(write(dir, "utf16.csv", CSV.getBytes(StandardCharsets.UTF_16LE)));

        assertTrue(message.contains("many of its bytes are NUL"), message);
        assertTrue(message.contains("save it as UTF-8 CSV"), message);
    }

    @Test
    void refusesANulByteNamingItsOffset() throws IOException {
        byte[] bytes = "Name,Email\nAnn,ann@example.com\n".getBytes(StandardCharsets.UTF_8);
        bytes[15] = 0;

        String message = refusal(write(dir, "nul.csv", bytes));

        assertTrue(message.contains("binary data (a NUL byte at byte offset 15)"), message);
    }

    @Test
    void refusesANulByteFarIntoTheFile() throws IOException {
        StringBuilder text = new StringBuilder("Email\n");
        while (text.length() < 100_000) {
            text.append("someone@example.com\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        bytes[90_000] = 0;

        String message = refusal(write(dir, "late-nul.csv", bytes));

        assertTrue(message.contains("byte offset 90000"), message);
    }

    @Test
    void refusesPdf() throws IOException {
        String message = refusal(write(dir, "statement.csv", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"));

        assertTrue(message.contains("PDF document"), message);
    }

    @Test
    void refusesAnOldExcelWorkbook() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        String message = refusal(write(dir, "contacts.csv", ole2));

        assertTrue(message.contains("Excel workbook (.xls)"), message);
    }
}
