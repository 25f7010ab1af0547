package dev.crosswalk.value;

/** A cell value without the shape its column requires; the message names the value and the shape expected. */
public class InvalidValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Longer values are cut in messages: a runaway cell should not flood a rejection report. */
    private static final int MAX_QUOTED_LENGTH = 80;

    public InvalidValueException(String message) {
        super(message);
    }

    /** {@code "abc" is not an amount (expected e.g. 1089.00)}. */
    static InvalidValueException notA(String value, String what, String expected) {
        return new InvalidValueException(quote(value) + " is not " + what + " (expected " + expected + ")");
    }

    static String quote(String value) {
        String shown = value.length() > MAX_QUOTED_LENGTH ? value.substring(0, MAX_QUOTED_LENGTH) + "…" : value;
        return '"' + shown + '"';
    }
}
