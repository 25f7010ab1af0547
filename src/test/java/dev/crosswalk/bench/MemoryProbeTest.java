package dev.crosswalk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MemoryProbeTest {

    /** {@code java -jar target/crosswalk.jar bench}: the child JVM runs in another folder and must still find it. */
    @Test
    void relativeClasspathEntriesAreMadeAbsoluteForTheChildJvm() {
        String cwd = Path.of("").toAbsolutePath().toString();
        String classpath = "target/crosswalk.jar" + File.pathSeparator + "/opt/lib/a.jar";
        assertEquals(cwd + "/target/crosswalk.jar" + File.pathSeparator + "/opt/lib/a.jar",
                MemoryProbe.absoluteClasspath(classpath));
    }
}
