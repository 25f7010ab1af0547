package dev.crosswalk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The terminal of a one-shot command without {@code --verbose}, registered in {@code logback.xml}: no ERROR lines,
 * because the command's one error path prints the error itself, in one line (Camel's failure report with its
 * message history and stack trace, and the pipeline's own error line, would say it again in sixty). The log file
 * keeps every one of them, and the error path's own record of the failure, which never reaches the terminal.
 */
public final class CommandConsole extends Filter<ILoggingEvent> {

    private boolean errors = true;

    /** false: errors are left to the command (set by {@link Logging} through {@code crosswalk.log.console-errors}). */
    public void setErrors(boolean errors) {
        this.errors = errors;
    }

    /** The command's error path logs the failure for the file; it prints its own line on the terminal. */
    private static final String ERROR_PATH = "dev.crosswalk.cli.ErrorPath";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        boolean error = event.getLevel().isGreaterOrEqual(Level.ERROR);
        return error && (!errors || ERROR_PATH.equals(event.getLoggerName())) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
