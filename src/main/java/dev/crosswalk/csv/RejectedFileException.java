package dev.crosswalk.csv;

/**
 * Thrown when a whole file must be refused. The message says what is wrong and what was expected,
 * in words an office user understands, because it ends up in the rejection report as written.
 */
public class RejectedFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RejectedFileException(String message) {
        super(message);
    }

    public RejectedFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
