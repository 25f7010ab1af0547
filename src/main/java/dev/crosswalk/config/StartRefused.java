package dev.crosswalk.config;

/**
 * Crosswalk cannot start beside what already runs (a port taken, the home's embedded database served by another
 * service): its message is the one line a person reads — what holds it and the setting to change.
 */
public final class StartRefused extends RuntimeException {

    public StartRefused(String message) {
        super(message);
    }
}
