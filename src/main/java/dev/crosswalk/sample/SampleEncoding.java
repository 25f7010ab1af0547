package dev.crosswalk.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** How an export's bytes are written: the charset, and whether a byte-order mark comes first. */
public enum SampleEncoding {
    UTF8(StandardCharsets.UTF_8, false),
    UTF8_BOM(StandardCharsets.UTF_8, true),
    WINDOWS_1252(Charset.forName("windows-1252"), false);

    private final Charset charset;
    private final boolean bom;

    SampleEncoding(Charset charset, boolean bom) {
        this.charset = charset;
        this.bom = bom;
    }

    public Charset charset() {
        return charset;
    }

    public boolean bom() {
        return bom;
    }
}
