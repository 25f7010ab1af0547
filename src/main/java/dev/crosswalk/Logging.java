package dev.crosswalk;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.OwnerOnly;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a person reads, configured before the first logger exists by system properties that {@code logback.xml}
 * reads. The terminal: the service says what Crosswalk does — start-up, batches with their counters and progress,
 * the stop — while a one-shot command prints its result and only warnings besides. The file
 * {@code <home>/data/logs/crosswalk.log} (folder 0700) gets every INFO line of both, so an operator can read later
 * what a one-shot command did; the service rotates it, a one-shot command only appends. The embedded database,
 * Flyway, Quartz, HikariCP and Camel speak only to warn unless {@code --verbose}. A -D setting of the same key wins.
 */
final class Logging {

    /** The configuration is named, so that a {@code logback-test.xml} on the class path cannot replace it. */
    private static final String CONFIGURATION = "logback.configurationFile";

    private Logging() {
    }

    static void configure(String[] args, CrosswalkSettings settings) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        String command = args.length > 0 ? args[0] : "crosswalk";
        boolean service = "run".equals(command);
        Path folder = settings.home().resolve(settings.get("crosswalk.log.dir")).normalize();
        new OwnerOnly(true, folder).folder(folder);
        setDefault(CONFIGURATION, "logback.xml");
        setDefault("crosswalk.log.console", verbose || service ? "INFO" : "WARN");
        setDefault("crosswalk.log.internals", verbose ? "INFO" : "WARN");
        // a one-shot command says its error in one line (cli.ErrorPath); --verbose shows the details here too
        boolean details = verbose || service;
        setDefault("crosswalk.log.console-errors", Boolean.toString(details));
        setDefault("crosswalk.log.console-exceptions", details ? "" : "%nopex");
        setDefault("crosswalk.log.file-appender", service ? "ROLLING" : "APPEND");
        System.setProperty("crosswalk.log.dir", folder.toString());
        System.setProperty("crosswalk.log.process", command + " " + ProcessHandle.current().pid());
        for (String rolling : new String[] {"max-file-size", "max-history", "total-size-cap"}) {
            System.setProperty("crosswalk.log." + rolling, settings.get("crosswalk.log." + rolling));
        }
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
