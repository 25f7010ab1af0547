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
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream original;
    private PrintStream originalErr;

    @BeforeEach
    void configure() {
        System.setProperty("crosswalk.home", home.toString());
        System.setProperty("crosswalk.db.url", TestDatabase.freshDatabaseUrl());
        original = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
        System.setErr(originalErr);
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

    /** Everything written to standard error since the last call (or since the test began). */
    String err() {
        String text = stderr.toString(StandardCharsets.UTF_8);
        stderr.reset();
        return text;
    }
}
