package dev.crosswalk.source.paypal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PayPal's transaction event codes (T-codes) as declared data: {@code paypal/event-codes.csv}, built from PayPal's
 * published table (see the README beside it), maps each code, or a whole event group, to a {@link PayPalEvent}. The
 * code is the same in every language PayPal writes, so where a download has it, it decides what a row is.
 */
final class PayPalEventCodes {

    private static final Pattern T_CODE = Pattern.compile("T\\d{4}");
    private static final Map<String, PayPalEvent> DECLARED = read();

    private PayPalEventCodes() {
    }

    /**
     * The kind of a {@code Transaction Event Code} cell: its code's own row, else its event group's; null for a
     * blank cell, a cell that is not a T-code, or a code of a group the table does not declare (the row's structure
     * decides then).
     */
    static PayPalEvent of(String cell) {
        String code = code(cell);
        if (code == null) {
            return null;
        }
        PayPalEvent own = DECLARED.get(code);
        return own != null ? own : DECLARED.get(code.substring(0, 3));
    }

    /** The cell as a T-code ("T0006"), or null when it is none. */
    static String code(String cell) {
        if (cell == null) {
            return null;
        }
        String code = cell.strip().toUpperCase(Locale.ROOT);
        return T_CODE.matcher(code).matches() ? code : null;
    }

    private static Map<String, PayPalEvent> read() {
        String name = "/paypal/event-codes.csv";
        try (InputStream in = PayPalEventCodes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            Map<String, PayPalEvent> codes = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] cells = line.split(",", 3);
                codes.put(cells[0].strip(), PayPalEvent.named(cells[1].strip()));
            });
            return Map.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
