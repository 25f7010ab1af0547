package dev.crosswalk.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Accumulates the facts of one pass over a file's bytes, block by block, in constant memory. */
final class ContentScanner {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final String EXPECTED = "Expected a CSV export: a header line with the column names, "
            + "then one line per record.";

    private final MessageDigest sha256 = newSha256();
    private final Utf8Validator utf8 = new Utf8Validator();
    private final int textStart;
    private long bytes;
    private boolean sawText;

    /** @param textStart bytes before this offset (a byte-order mark) do not count as content */
    ContentScanner(int textStart) {
        this.textStart = textStart;
    }

    void accept(byte[] block, int length) {
        sha256.update(block, 0, length);
        for (int i = 0; i < length; i++) {
            byte b = block[i];
            if (b == 0) {
                throw nulByte(block, length, bytes + i);
            }
            utf8.accept(b);
            if (!sawText && !isAsciiSpace(b) && bytes + i >= textStart) {
                sawText = true;
            }
        }
        bytes += length;
    }

    FileScan finish(boolean bom) {
        if (bytes == 0) {
            throw new RejectedFileException("The file is empty (0 bytes). " + EXPECTED);
        }
        if (!sawText) {
            String content = bytes == textStart ? "only a byte-order mark" : "only blank lines or spaces";
            throw new RejectedFileException("The file has no content (" + content + "). " + EXPECTED);
        }
        Charset charset = utf8.isValid() ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new FileScan(HexFormat.of().formatHex(sha256.digest()), bytes, charset, bom);
    }

    /** Text never holds NUL bytes; many of them at the start is how UTF-16 or UTF-32 text without a BOM looks. */
    private RejectedFileException nulByte(byte[] block, int length, long offset) {
        if (bytes == 0 && countNuls(block, length) * 4L >= length) {
            return new RejectedFileException("The file looks like UTF-16 or UTF-32 text (many of its bytes are NUL), "
                    + "which Crosswalk does not read. " + FileSignature.SAVE_AS_UTF8_CSV);
        }
        return new RejectedFileException(String.format(Locale.ROOT, "The file contains binary data (a NUL byte at "
                + "byte offset %d), so it is not a CSV text file. Expected a CSV export saved as text; "
                + "check that this is the right file.", offset));
    }

    private static int countNuls(byte[] block, int length) {
        int nuls = 0;
        for (int i = 0; i < length; i++) {
            if (block[i] == 0) {
                nuls++;
            }
        }
        return nuls;
    }

    private static boolean isAsciiSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0B;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
