package dev.crosswalk.db;

/** The database cannot be reached; the import was rolled back (or never began) and is retried later. */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
