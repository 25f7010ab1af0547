package dev.crosswalk.cli;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.service.HealthPort;
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
        CrosswalkSettings settings = root.get().settings();
        try (ServiceLock home = ServiceLock.acquire(settings)) {
            HealthPort.refuseIfTaken(settings);
            root.get().runtime(true).runUntilStopped();
        }
        return 0;
    }
}
