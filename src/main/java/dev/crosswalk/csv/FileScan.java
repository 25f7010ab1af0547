package dev.crosswalk.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Facts from one full pass over the bytes (the pass that also hashes the file).
 *
 * @param sha256  SHA-256 of the whole file, lower-case hex
 * @param bytes   file size in bytes
 * @param charset UTF-8 when every byte sequence is valid UTF-8, otherwise windows-1252
 * @param bom     the file starts with the UTF-8 byte-order mark (EF BB BF); readers skip those bytes
 */
public record FileScan(String sha256, long bytes, Charset charset, boolean bom) {

    private static final int BLOCK_SIZE = 64 * 1024;

    /**
     * Reads the whole file once in constant memory, refusing with a specific reason a file that is not
     * CSV text: empty or blank, gzip, ZIP (xlsx), PDF, old Excel, UTF-16/UTF-32, or binary (a NUL byte).
     */
    public static FileScan of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] block = new byte[BLOCK_SIZE];
            int length = in.readNBytes(block, 0, block.length);
            FileSignature.refuseNonText(block, length);
            boolean bom = FileSignature.startsWith(block, length, FileSignature.UTF8_BOM);
            ContentScanner content = new ContentScanner(bom ? FileSignature.UTF8_BOM.length : 0);
            while (length > 0) {
                content.accept(block, length);
                length = in.readNBytes(block, 0, block.length);
            }
            return content.finish(bom);
        }
    }
}
