package dev.crosswalk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md names only what exists: every class it names as {@code package.Class} (and a method as
 * {@code package.Class.method}), every route file and every SQL file or folder. The layers it draws are held by
 * {@link LayeringTest}, the boundaries by {@link BoundariesTest}, the composition root by
 * {@link CompositionRootTest}, the one list of sources by {@link SourceRegistryTest}.
 */
class ArchitectureDocTest {

    private static final Path DOC = Path.of("docs/architecture.md");
    private static final Pattern CLASS = Pattern.compile("`([a-z]+)\\.([A-Z][A-Za-z]+)(?:\\.([a-z][A-Za-z]*))?");
    private static final Pattern FILE = Pattern.compile("`((?:routes|sql|src)/[A-Za-z0-9_./-]+)`");

    @Test
    void everyClassAndMethodItNamesExists() throws Exception {
        List<String> missing = new ArrayList<>();
        Matcher m = CLASS.matcher(Files.readString(DOC));
        while (m.find()) {
            String name = "dev.crosswalk." + m.group(1) + "." + m.group(2);
            try {
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (m.group(3) != null && Arrays.stream(type.getDeclaredMethods())
                        .noneMatch(method -> method.getName().equals(m.group(3)))) {
                    missing.add(m.group(0).substring(1));
                }
            } catch (ClassNotFoundException e) {
                missing.add(m.group(0).substring(1));
            }
        }
        assertEquals(List.of(), missing, "named in " + DOC + " but not in the code");
    }

    @Test
    void everyFileItNamesExists() throws Exception {
        List<String> missing = new ArrayList<>();
        Matcher m = FILE.matcher(Files.readString(DOC));
        while (m.find()) {
            String file = m.group(1);
            Path path = file.startsWith("sql/") ? Path.of("src/main/resources").resolve(file) : Path.of(file);
            if (!Files.exists(path)) {
                missing.add(file);
            }
        }
        assertEquals(List.of(), missing, "named in " + DOC + " but not in the repository");
    }
}
