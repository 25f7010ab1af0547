package dev.crosswalk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Dates and numbers on the command line, checked with a plain message naming the option and what it expects
 * ({@code --as-of: '2026-13-45' is not a date (expected YYYY-MM-DD)}) instead of Java's conversion text.
 */
final class ArgumentValues {

    private ArgumentValues() {
    }

    static void register(CommandLine cli) {
        cli.registerConverter(Long.class, ArgumentValues::wholeNumber);
        cli.registerConverter(Long.TYPE, ArgumentValues::wholeNumber);
        cli.registerConverter(Double.class, ArgumentValues::number);
        cli.registerConverter(Double.TYPE, ArgumentValues::number);
        cli.registerConverter(LocalDate.class, ArgumentValues::date);
    }

    /** A value that did not convert: the option (or parameter label) and what is wrong; else picocli's text. */
    static String describe(CommandLine.ParameterException e) {
        if (e.getCause() instanceof CommandLine.TypeConversionException wrong && e.getArgSpec() != null) {
            CommandLine.Model.ArgSpec arg = e.getArgSpec();
            String name = arg instanceof CommandLine.Model.OptionSpec option ? option.longestName()
                    : arg.paramLabel();
            return name + ": " + wrong.getMessage();
        }
        return e.getMessage();
    }

    static Long wholeNumber(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number (e.g. 42)");
        }
    }

    static Double number(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below, as for a value that is not finite
        }
        throw new CommandLine.TypeConversionException("'" + text + "' is not a number (e.g. 0.25)");
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date (expected YYYY-MM-DD)");
        }
    }
}
