package dev.crosswalk.cli;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.service.CrosswalkRuntime;
import dev.crosswalk.service.HealthPort;
import dev.crosswalk.service.ServiceLock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the service: watch every inbox folder until stopped (Ctrl+C).",
            "Exit codes: 0 stopped, 1 could not start (e.g. its health or database port is taken)."})
public final class RunCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        CrosswalkSettings settings = CrosswalkSettings.load();
        try (ServiceLock home = ServiceLock.acquire(settings)) {
            HealthPort.refuseIfTaken(settings);
            CrosswalkRuntime.create(settings, true).runUntilStopped();
        }
        return 0;
    }
}
