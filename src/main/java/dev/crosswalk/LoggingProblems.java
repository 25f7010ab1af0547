package dev.crosswalk;

import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;

/**
 * Logback's own messages, registered in {@code logback.xml}: only an error (the log file cannot be written, a bad
 * rotation setting) reaches the terminal, in one line, instead of logback's full configuration report.
 */
public final class LoggingProblems implements StatusListener {

    @Override
    public void addStatusEvent(Status status) {
        if (status.getEffectiveLevel() >= Status.ERROR) {
            Throwable cause = status.getThrowable();
            System.err.println("Logging: " + status.getMessage() + (cause == null ? "" : " (" + cause + ")"));
        }
    }
}
