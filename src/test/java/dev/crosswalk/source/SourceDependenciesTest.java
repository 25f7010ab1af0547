package dev.crosswalk.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Layouts are declared data over the values they read: no source class reaches the settings, the database, the
 * engine or Camel. Options reach them typed ({@link SourceOptions}), built outside the package.
 */
class SourceDependenciesTest {

    private static final List<String> FORBIDDEN = List.of("import dev.crosswalk.config.", "import dev.crosswalk.db.",
            "import dev.crosswalk.apply.", "import dev.crosswalk.pipeline.", "import org.apache.camel.",
            "import java.sql.");

    @Test
    void noSourceClassImportsConfigDatabaseEngineOrCamel() throws IOException {
        Path root = Path.of("src/main/java/dev/crosswalk/source");
        assertTrue(Files.isDirectory(root), root.toAbsolutePath().toString());
        List<String> offending;
        try (Stream<Path> files = Files.walk(root)) {
            offending = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> lines(file).stream()
                            .filter(line -> FORBIDDEN.stream().anyMatch(line.strip()::startsWith))
                            .map(line -> root.relativize(file) + ": " + line.strip()))
                    .toList();
        }
        assertEquals(List.of(), offending);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
