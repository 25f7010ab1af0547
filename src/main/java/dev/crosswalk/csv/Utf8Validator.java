package dev.crosswalk.csv;

/**
 * Streaming check that bytes are well-formed UTF-8 (RFC 3629): overlong forms, surrogates,
 * code points above U+10FFFF and truncated sequences are invalid. Constant memory, one pass.
 */
final class Utf8Validator {

    private int pending;
    private int lower = 0x80;
    private int upper = 0xBF;
    private boolean invalid;

    void accept(byte b) {
        if (invalid) {
            return;
        }
        int x = b & 0xFF;
        if (pending == 0) {
            lead(x);
        } else if (x < lower || x > upper) {
            invalid = true;
        } else {
            lower = 0x80;
            upper = 0xBF;
            pending--;
        }
    }

    /** True when every sequence seen so far is complete and valid. */
    boolean isValid() {
        return !invalid && pending == 0;
    }

    private void lead(int x) {
        if (x < 0x80) {
            return;
        }
        if (x >= 0xC2 && x <= 0xDF) {
            pending = 1;
        } else if (x >= 0xE0 && x <= 0xEF) {
            pending = 2;
            lower = x == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
            upper = x == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
        } else if (x >= 0xF0 && x <= 0xF4) {
            pending = 3;
            lower = x == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
            upper = x == 0xF4 ? 0x8F : 0xBF; // F4 90.. would exceed U+10FFFF
        } else {
            invalid = true; // a stray continuation byte, C0/C1 (overlong) or F5..FF
        }
    }
}
