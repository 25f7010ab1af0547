package dev.crosswalk.csv;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ValidatorTest {

    private static boolean valid(int... bytes) {
        Utf8Validator validator = new Utf8Validator();
        for (int b : bytes) {
            validator.accept((byte) b);
        }
        return validator.isValid();
    }

    private static boolean valid(String text) {
        Utf8Validator validator = new Utf8Validator();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            validator.accept(b);
        }
        return validator.isValid();
    }

    @Test
    void acceptsAsciiAndEveryEncodedLength() {
        assertTrue(valid("Name,Email"));
        assertTrue(valid("Jos\u00e9 M\u00fcller \u20ac 1.089,00 \u4e2d\u6587 \ud83d\ude00"));
        assertTrue(valid(0xF4, 0x8F, 0xBF, 0xBF)); // U+10FFFF, the highest code point
        assertTrue(valid(0xEF, 0xBB, 0xBF)); // the BOM itself
    }

    @Test
    void refusesWindows1252Bytes() {
        assertFalse(valid('J', 'o', 's', 0xE9)); // é in windows-1252, truncated sequence at the end
        assertFalse(valid('J', 'o', 's', 0xE9, ',', 'x')); // é followed by ASCII
        assertFalse(valid(0x93, 'q', 0x94)); // curly quotes in windows-1252: stray continuation bytes
    }

    @Test
    void refusesOverlongSurrogatesAndOutOfRange() {
        assertFalse(valid(0xC0, 0xAF)); // overlong '/'
        assertFalse(valid(0xC1, 0xBF));
        assertFalse(valid(0xE0, 0x80, 0xAF)); // overlong three-byte form
        assertFalse(valid(0xF0, 0x80, 0x80, 0xAF)); // overlong four-byte form
        assertFalse(valid(0xED, 0xA0, 0x80)); // U+D800, a surrogate
        assertFalse(valid(0xF4, 0x90, 0x80, 0x80)); // above U+10FFFF
        assertFalse(valid(0xF5, 0x80, 0x80, 0x80));
        assertFalse(valid(0xE2, 0x82)); // truncated euro sign
    }

    @Test
    void staysInvalidAfterAnError() {
        assertFalse(valid(0xFF, 'a', 'b', 'c'));
    }
}
