package dev.crosswalk;

import java.util.Arrays;
import java.util.List;

/**
 * What a person reads (slf4j-simple, configured before the first logger exists): the service says what Crosswalk
 * does — start-up, batches with their counters and progress, the stop — while the embedded database, Flyway,
 * Quartz, HikariCP and Camel speak only to warn; a one-shot command prints its result and only warnings besides.
 * {@code --verbose} shows everything at INFO. A -D setting of the same key wins.
 */
final class Logging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";
    private static final List<String> INTERNALS = List.of("org.apache.camel", "org.flywaydb", "org.quartz",
            "io.zonky", "com.zaxxer");

    private Logging() {
    }

    static void configure(String[] args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        boolean service = args.length > 0 && "run".equals(args[0]);
        set("showDateTime", "true");
        set("dateTimeFormat", "yyyy-MM-dd HH:mm:ss");
        set("showThreadName", "false");
        set("showShortLogName", "true");
        set("defaultLogLevel", verbose || service ? "info" : "warn");
        if (!verbose) {
            INTERNALS.forEach(name -> set("log." + name, "warn"));
        }
    }

    private static void set(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) {
            System.setProperty(PREFIX + key, value);
        }
    }
}
