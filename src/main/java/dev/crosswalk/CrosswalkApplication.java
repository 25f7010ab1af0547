package dev.crosswalk;

import dev.crosswalk.cli.CrosswalkCommand;
import picocli.CommandLine;

/** The {@code crosswalk} command: the service ({@code run}) and the one-shot commands beside it. */
public final class CrosswalkApplication {

    private CrosswalkApplication() {
    }

    public static void main(String[] args) {
        Logging.configure(args);
        System.exit(CrosswalkCommand.commandLine().execute(args));
    }
}
