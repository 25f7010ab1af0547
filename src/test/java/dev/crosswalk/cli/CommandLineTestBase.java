package dev.crosswalk.cli;

import dev.crosswalk.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code crosswalk} commands as an operator's script would: settings from system properties (a home folder
 * and a fresh database per test), exit codes returned, standard output captured.
 */
abstract class CommandLineTestBase {

    @TempDir
    Path home;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void configure() {
        System.setProperty("crosswalk.home", home.toString());
        System.setProperty("crosswalk.db.url", TestDatabase.freshDatabaseUrl());
        original = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
        System.clearProperty("crosswalk.home");
        System.clearProperty("crosswalk.db.url");
    }

    /** The command's exit code; its standard output is then {@link #out()}. */
    int run(String... args) {
        stdout.reset();
        return CrosswalkCommand.commandLine().execute(args);
    }

    String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }
}
