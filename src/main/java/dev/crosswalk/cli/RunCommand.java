package dev.crosswalk.cli;

import dev.crosswalk.service.ServiceLock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the service: watch every inbox folder until stopped (Ctrl+C).",
            "Exit codes: 0 stopped, 1 could not start (e.g. its health or database port is taken)."})
public final class RunCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Override
    public Integer call() throws Exception {
        try (ServiceLock home = root.get().serviceLock()) {
            root.get().health().refuseIfTaken();
            root.get().runtime(true).runUntilStopped();
        }
        return 0;
    }
}
