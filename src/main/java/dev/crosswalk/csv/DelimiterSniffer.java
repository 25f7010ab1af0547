package dev.crosswalk.csv;

import java.io.IOException;
import java.io.Reader;

/** Picks the delimiter of an export from its header line: PayPal writes tabs, European Excel semicolons. */
public final class DelimiterSniffer {

    private static final char[] CANDIDATES = {',', ';', '\t'};

    private DelimiterSniffer() {
    }

    /**
     * The candidate that occurs most often outside quotes on the first non-empty line, comma on a tie.
     * Reads at most {@code maxLineChars} characters of that line: a longer one is refused by the parser.
     */
    public static char sniff(Reader reader, int maxLineChars) throws IOException {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        int chars = 0;
        for (int c = reader.read(); c >= 0 && chars <= maxLineChars; c = reader.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (chars > 0) {
                    break;
                }
                continue;
            }
            chars++;
            for (int i = 0; i < CANDIDATES.length; i++) {
                if (c == CANDIDATES[i] && !quoted) {
                    counts[i]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < CANDIDATES.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return CANDIDATES[best];
    }
}
