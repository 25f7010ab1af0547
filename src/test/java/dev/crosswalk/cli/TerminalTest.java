package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A cut cell ends in a mark the console can print: "…" where its charset has it, "..." where it would be "?". */
class TerminalTest {

    @Test
    void aConsoleThatCannotEncodeTheEllipsisGetsThreeDots() {
        assertEquals("...", Terminal.ellipsis(StandardCharsets.US_ASCII));
        assertEquals("...", Terminal.ellipsis(Charset.forName("ISO-8859-1")));
    }

    @Test
    void aConsoleThatCanEncodeItGetsTheEllipsis() {
        assertEquals("…", Terminal.ellipsis(StandardCharsets.UTF_8));
        assertEquals("…", Terminal.ellipsis(Charset.forName("windows-1252")));
    }

    @Test
    void aCutTextFitsItsWidthWithEitherMark() {
        assertEquals("abcdefg...", Terminal.fit("abcdefghijklmnop", 10, "..."));
        assertEquals("abcdefghi…", Terminal.fit("abcdefghijklmnop", 10, "…"));
        assertEquals("short", Terminal.fit("short", 10, "..."));
    }
}
