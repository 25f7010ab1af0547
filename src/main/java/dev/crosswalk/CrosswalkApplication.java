package dev.crosswalk;

import dev.crosswalk.cli.CrosswalkCommand;
import dev.crosswalk.service.CompositionRoot;

/** The {@code crosswalk} command: the service ({@code run}) and the one-shot commands beside it. */
public final class CrosswalkApplication {

    private CrosswalkApplication() {
    }

    /** The process's one composition root: its settings configure the logging, then its services run the command. */
    public static void main(String[] args) {
        CompositionRoot root;
        try {
            root = CompositionRoot.load();
        } catch (IllegalArgumentException badSetting) {
            // before logging is configured: one line, the refusal's exit code
            System.err.println("crosswalk: " + badSetting.getMessage());
            System.exit(2);
            return;
        }
        Logging.configure(args, root.settings());
        System.exit(CrosswalkCommand.commandLine(() -> root).execute(args));
    }
}
