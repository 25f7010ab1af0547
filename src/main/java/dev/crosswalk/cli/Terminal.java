package dev.crosswalk.cli;

import java.io.Console;
import java.nio.charset.Charset;

/** What fits a terminal: {@value #WIDTH} columns a line, {@value #HEIGHT} lines a screen. */
final class Terminal {

    static final int WIDTH = 120;
    static final int HEIGHT = 24;

    /** The mark of a cut text as this process's output can print it (a console that cannot encode "…" shows "?"). */
    static final String ELLIPSIS = ellipsis(outputCharset());

    private Terminal() {
    }

    /** The charset standard output is encoded in: the console's, else the default one. */
    static Charset outputCharset() {
        Console console = System.console();
        return console != null ? console.charset() : Charset.defaultCharset();
    }

    /** "…" where {@code charset} can encode it, else "...". */
    static String ellipsis(Charset charset) {
        return charset.newEncoder().canEncode('…') ? "…" : "...";
    }

    /** {@code text} when it fits {@code width} columns, else cut to fit with {@code ellipsis} at the end. */
    static String fit(String text, int width, String ellipsis) {
        return text.length() <= width ? text
                : text.substring(0, Math.max(0, width - ellipsis.length())) + ellipsis;
    }

    /** {@code text} when it fits {@code width} columns, else cut to fit with an ellipsis at the end. */
    static String fit(String text, int width) {
        return fit(text, width, ELLIPSIS);
    }

    static String fit(String line) {
        return fit(line, WIDTH);
    }
}
