package dev.crosswalk.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * The progress of a long {@code import}, {@code adopt} or {@code bench} on standard error, drawn from the progress
 * lines the work already logs (the import's {@code RowStream}: rows read so far; the adoption's writer: contacts
 * prepared of all): on a terminal one bar redrawn in place (rows, rate, time left), elsewhere a plain line each
 * time. Nothing is shown for work shorter than one progress line.
 */
final class Progress extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    /**
     * A logger whose INFO lines say how far the work is: the arguments that count rows, give the total and the rate
     * (-1: the line has none; the total is then the one expected, the rate the one since the start).
     */
    private record Source(String logger, String says, int rows, int total, int rate) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source("dev.crosswalk.pipeline.RowStream", "rows read", 1, -1, 2),
            new Source("dev.crosswalk.adopt.AdoptionWriter", "contacts prepared", 1, 2, -1));

    private static final int BAR = 30;

    private final String what;
    private final long expected;
    private final PrintStream out;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private boolean drawn;

    /**
     * @param expected the rows the work will count, 0 when not known beforehand
     * @param terminal redraw one line in place; else print a line each time
     */
    private Progress(String what, long expected, PrintStream out, boolean terminal) {
        this.what = what;
        this.expected = expected;
        this.out = out;
        this.terminal = terminal;
    }

    /** Shows the progress of {@code what} on standard error until closed. */
    static Progress show(String what, long expected) {
        return show(what, expected, System.err, System.console() != null);
    }

    static Progress show(String what, long expected, PrintStream out, boolean terminal) {
        Progress progress = new Progress(what, expected, out, terminal);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        progress.setContext(context);
        progress.setName("progress");
        progress.start();
        for (Source source : SOURCES) {
            context.getLogger(source.logger()).addAppender(progress);
        }
        return progress;
    }

    /**
     * The records of a CSV file after its header: its line ends outside quoted values (a quoted value may hold line
     * breaks), what an import will count, near enough for a time left.
     */
    static long dataRecords(Path file) throws IOException {
        long records = 0;
        boolean quoted = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '"') {
                        quoted = !quoted;
                    } else if (buffer[i] == '\n' && !quoted) {
                        records++;
                    }
                }
            }
        }
        return Math.max(0, records - 1);
    }

    @Override
    protected void append(ILoggingEvent event) {
        for (Source source : SOURCES) {
            Object[] args = event.getArgumentArray();
            if (source.logger().equals(event.getLoggerName()) && event.getMessage().contains(source.says())
                    && args != null && args.length > Math.max(source.rows(), source.total())) {
                long rows = ((Number) args[source.rows()]).longValue();
                long total = source.total() < 0 ? expected : ((Number) args[source.total()]).longValue();
                double seconds = (System.nanoTime() - start) / 1e9;
                long rate = source.rate() < 0 ? Math.round(rows / Math.max(seconds, 1e-3))
                        : ((Number) args[source.rate()]).longValue();
                draw(rows, total, rate);
            }
        }
    }

    private synchronized void draw(long rows, long total, long rate) {
        if (terminal) {
            out.print("\r" + bar(what, rows, total, rate));
            drawn = true;
        } else {
            out.println(line(what, rows, total, rate));
        }
        out.flush();
    }

    /**
     * The terminal's line, within {@value Terminal#WIDTH} columns: {@code import [#####.....] 40% 400,000 of
     * 1,000,000 rows  52,000 rows/s  0:11 left}; without a total the bar is left out.
     */
    static String bar(String what, long rows, long total, long rate) {
        StringBuilder line = new StringBuilder(what).append(' ');
        if (total > 0) {
            int filled = (int) Math.min(BAR, BAR * rows / total);
            line.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%% ", Math.min(100, 100 * rows / total)));
        }
        line.append(counted(rows, total)).append("  ").append(String.format(Locale.ROOT, "%,d", rate))
                .append(" rows/s");
        long left = secondsLeft(rows, total, rate);
        if (left >= 0) {
            line.append("  ").append(String.format(Locale.ROOT, "%d:%02d", left / 60, left % 60)).append(" left");
        }
        return Terminal.fit(line.toString());
    }

    /** The line printed each time when the output is not a terminal (a log, a pipe). */
    static String line(String what, long rows, long total, long rate) {
        long left = secondsLeft(rows, total, rate);
        return what + ": " + counted(rows, total) + ", " + String.format(Locale.ROOT, "%,d", rate) + " rows/s"
                + (left >= 0 ? ", about " + left + " s left" : "");
    }

    private static String counted(long rows, long total) {
        return String.format(Locale.ROOT, total > 0 ? "%,d of %,d rows" : "%,d rows", rows, total);
    }

    /** The time left at the rate so far; -1 when there is no total or no rate yet. */
    private static long secondsLeft(long rows, long total, long rate) {
        if (total <= 0 || rate <= 0) {
            return -1;
        }
        return Math.round((double) Math.max(0, total - rows) / rate);
    }

    /** Ends the bar's line before something else is printed; the next progress draws a new one. */
    synchronized void pause() {
        if (drawn) {
            out.println();
            out.flush();
            drawn = false;
        }
    }

    /** Stops listening; on a terminal the bar's line is ended, so what follows starts on a line of its own. */
    @Override
    public synchronized void close() {
        LoggerContext context = (LoggerContext) getContext();
        for (Source source : SOURCES) {
            Logger logger = context.getLogger(source.logger());
            logger.detachAppender(this);
        }
        stop();
        pause();
    }
}
