package dev.crosswalk.cli;

import dev.crosswalk.config.Launcher;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The one way every command ends when it has no result: one line on standard error naming the command, exit 1 for
 * an error (the database unreachable, a missing file or batch, anything unexpected) and 2 for a refusal or bad
 * usage. The stack trace only with {@code --verbose}; a long refusal whose report holds the whole reason is cut
 * to its first line (at most {@value #TERMINAL_LENGTH} characters) and says where its full text is.
 */
final class ErrorPath {

    /** Its record of a failure, for the log file only: the command says it on the terminal itself. */
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPath.class);

    /** The longest reason printed on the terminal; the report keeps the whole text. */
    static final int TERMINAL_LENGTH = 200;

    private ErrorPath() {
    }

    static void install(CommandLine cli) {
        cli.setParameterExceptionHandler(ErrorPath::badUsage);
        cli.setExecutionExceptionHandler(ErrorPath::failed);
        cli.setExitCodeExceptionMapper(ErrorPath::exitCode);
    }

    static int exitCode(Throwable e) {
        boolean refused = e instanceof Refused || e instanceof CommandLine.ParameterException;
        return refused ? CrosswalkCommand.REFUSED : CrosswalkCommand.ERROR;
    }

    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        String line = prefix(command) + shortened(reason(e), e instanceof Refused refused ? refused.fullText() : null);
        // the log file keeps the whole failure; the terminal has the line below (CommandConsole keeps this off it)
        LOG.error("{}", line, e);
        command.getErr().println(line);
        if (parsed.originalArgs().contains("--verbose")) {
            e.printStackTrace(command.getErr());
        }
        return exitCode(e);
    }

    /** One line saying what is wrong and where to read more, instead of the whole usage text. */
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(prefix(command) + ArgumentValues.describe(e));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr());
        command.getErr().println("Try '" + Launcher.command() + " help"
                + qualifiedName(command).replaceFirst("^crosswalk", "") + "'.");
        return CrosswalkCommand.REFUSED;
    }

    /** {@code crosswalk import: }, or {@code crosswalk: } before a command is known. */
    private static String prefix(CommandLine command) {
        return qualifiedName(command) + ": ";
    }

    private static String qualifiedName(CommandLine command) {
        return command.getCommandSpec().qualifiedName(" ");
    }

    /** The message of the exception, or of the first cause that has one (a wrapper's own text says nothing). */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()
                    && (t.getCause() == null || !t.getMessage().equals(t.getCause().toString()))) {
                return t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    /**
     * A reason whose full text is kept elsewhere ({@code fullText}, a report): its first line, at most
     * {@value #TERMINAL_LENGTH} characters, and where the rest is. Without such a place the reason is said whole.
     */
    static String shortened(String reason, Path fullText) {
        String text = reason.strip();
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        if (fullText == null || end < 0 && first.length() <= TERMINAL_LENGTH) {
            return text;
        }
        return first.substring(0, Math.min(first.length(), TERMINAL_LENGTH)).strip() + " " + Terminal.ELLIPSIS
                + " full text in " + fullText;
    }
}
