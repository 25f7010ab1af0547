package dev.crosswalk.cli;

/** What fits a terminal: {@value #WIDTH} columns a line, {@value #HEIGHT} lines a screen. */
final class Terminal {

    static final int WIDTH = 120;
    static final int HEIGHT = 24;

    private Terminal() {
    }

    /** {@code text} when it fits {@code width} columns, else cut to fit with an ellipsis at the end. */
    static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "…";
    }

    static String fit(String line) {
        return fit(line, WIDTH);
    }
}
