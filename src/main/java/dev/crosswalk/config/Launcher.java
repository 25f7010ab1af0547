package dev.crosswalk.config;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a suggested command is printed so that it runs as printed: the launcher {@code bin/crosswalk} shipped beside
 * the jar, by its absolute path when Crosswalk runs from {@code <dir>/target/crosswalk.jar}, else (running from
 * classes, as the tests do) as {@code bin/crosswalk} of the project folder.
 */
public final class Launcher {

    /** The launcher relative to the project folder, as the docs write it. */
    public static final String RELATIVE = "bin/crosswalk";

    private static final String COMMAND = locate();

    private Launcher() {
    }

    /** The command to type, e.g. {@code /opt/crosswalk/bin/crosswalk}; append the subcommand and its arguments. */
    public static String command() {
        return COMMAND;
    }

    private static String locate() {
        try {
            Path code = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code) && code.getParent() != null && code.getParent().getParent() != null) {
                Path launcher = code.getParent().getParent().resolve(RELATIVE);
                return Files.isExecutable(launcher) ? launcher.toString() : "java -jar " + code;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException unknown) {
            // a class loader that does not say where the code is: the project-relative form
        }
        return RELATIVE;
    }
}
