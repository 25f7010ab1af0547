package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.Launcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every command the docs, the pages and the messages suggest can be pasted and run as printed: it goes through the
 * shipped launcher {@code bin/crosswalk} (or {@code java -jar target/crosswalk.jar}), never a bare {@code crosswalk}
 * that is on no PATH, and names a command that exists.
 */
class SuggestedCommandsTest {

    /** A command in a code span or block: how it is launched, and the command it names. */
    private static final Pattern COMMAND = Pattern.compile(
            "(?<![\\w/.-])(bin/crosswalk|java -jar \\S*crosswalk\\.jar|crosswalk) ([a-z][a-z-]*)\\b(?!:)");
    private static final Pattern CODE = Pattern.compile("```.*?```|`[^`\\n]+`", Pattern.DOTALL);

    @Test
    void theLauncherRunsTheJarTheBuildWrites() throws Exception {
        Path launcher = Path.of("bin/crosswalk");
        assertTrue(Files.isExecutable(launcher), "bin/crosswalk is shipped, executable");
        assertTrue(Files.readString(launcher).contains("-jar \"$jar\" \"$@\""));
        assertTrue(Files.readString(launcher).contains("jar=\"$dir/target/crosswalk.jar\""));
        assertTrue(Files.readString(Path.of("pom.xml")).contains("<finalName>crosswalk</finalName>"));
        assertEquals("bin/crosswalk", Launcher.command(), "from classes, the project-relative launcher");
    }

    @Test
    void everyCommandTheDocsSuggestIsLaunchedAsPrintedAndExists() throws Exception {
        Set<String> commands = CrosswalkCommand.commandLine().getSubcommands().keySet();
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Path doc : docs) {
            Matcher code = CODE.matcher(Files.readString(doc));
            while (code.find()) {
                Matcher command = COMMAND.matcher(code.group());
                while (command.find()) {
                    checked++;
                    if (command.group(1).equals("crosswalk")) {
                        wrong.add(doc + ": '" + command.group() + "' (no launcher: not on PATH)");
                    } else if (!commands.contains(command.group(2))) {
                        wrong.add(doc + ": '" + command.group() + "' (no such command)");
                    }
                }
            }
        }
        assertTrue(checked > 20, checked + " commands found");
        assertEquals(List.of(), wrong);
    }

    @Test
    void thePagesAndMessagesSuggestTheLauncher() throws Exception {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
            for (Path source : sources.filter(f -> f.toString().matches(".*\\.(java|html)")).toList()) {
                Matcher command = Pattern.compile("(?<![\\w/.{-])crosswalk (resolve|rollback|import|batches|run|"
                        + "conflicts|merge|unmerge|report|help|status|retention|forget|audit) ")
                        .matcher(Files.readString(source));
                while (command.find()) {
                    wrong.add(source + ": '" + command.group() + "'");
                }
            }
        }
        assertEquals(List.of(), wrong, "suggested as Launcher.command() + the command");
    }
}
