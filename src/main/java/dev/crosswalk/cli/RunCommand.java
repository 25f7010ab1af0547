package dev.crosswalk.cli;

import dev.crosswalk.config.CrosswalkRuntime;
import dev.crosswalk.config.CrosswalkSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the service: watch every inbox folder until stopped (Ctrl+C).")
public final class RunCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        CrosswalkRuntime.create(CrosswalkSettings.load(), true).runUntilStopped();
        return 0;
    }
}
