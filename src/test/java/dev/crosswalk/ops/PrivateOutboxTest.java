package dev.crosswalk.ops;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7.8: everything the service writes or moves into outbox/ — reports, conflicts, rejected rows, changes, the
 * archived export and a refused file — is readable by the owner only (files 0600, folders 0700) unless configured
 * otherwise.
 */
class PrivateOutboxTest {

    @TempDir
    Path home;

    private void dropAndWait(TestCrosswalk crosswalk) throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox/kajabi"));
        Path staging = Files.createDirectories(home.resolve("staging"));
        Path good = new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                .person(person("2", "Bob", "Ray", "not-an-email")).write(staging.resolve("good.csv"));
        Files.setPosixFilePermissions(good, PosixFilePermissions.fromString("rw-r--r--"));
        Files.move(good, inbox.resolve("good.csv"));
        Path bad = Files.writeString(staging.resolve("bad.csv"), "Foo,Bar\n1,2\n");
        Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("rw-r--r--"));
        Files.move(bad, inbox.resolve("bad.csv"));
        Inbox.await(() -> Inbox.names(inbox).isEmpty() && Inbox.reportsByFile(home.resolve("outbox/reports")).size() == 2,
                30, () -> "both files handled");
        // the move happens just after the report: wait for both files to land
        Inbox.await(() -> everything().stream().filter(p -> p.toString().endsWith("good.csv")
                || p.toString().endsWith("bad.csv")).count() == 2, 30, () -> "both files moved: " + everything());
    }

    private List<Path> everything() throws Exception {
        try (Stream<Path> all = Files.walk(home.resolve("outbox"))) {
            return all.filter(p -> !p.getFileName().toString().equals(".gitkeep")).toList();
        }
    }

    @Test
    void outboxFilesAreOwnerOnlyByDefault() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true, Map.of())) {
            dropAndWait(crosswalk);
            List<Path> written = everything();
            assertTrue(written.size() >= 12, "reports, csv files, moved files and their folders: " + written);
            for (Path p : written) {
                String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
                assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(p)),
                        home.relativize(p).toString());
            }
        }
    }

    @Test
    void privateOutputCanBeSwitchedOff() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true, Map.of("crosswalk.outbox.private", "false"))) {
            dropAndWait(crosswalk);
            long readableByOthers = 0;
            for (Path p : everything()) {
                readableByOthers += PosixFilePermissions.toString(Files.getPosixFilePermissions(p)).charAt(6) == 'r'
                        ? 1 : 0;
            }
            assertTrue(readableByOthers > 0, "left to the umask and the original file modes");
        }
    }
}
