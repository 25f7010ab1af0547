package dev.crosswalk.ops;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a person reads: the service's start-up on the embedded database in a screenful, ending with the line that
 * says it is ready and where to look; a one-shot command prints its result and nothing else. Both write every INFO
 * line to {@code <home>/data/logs/crosswalk.log}, which the service rotates.
 */
class QuietLogTest {

    @TempDir
    Path home;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void startUpIsAScreenfulEndingWithTheReadyLineAndGoesToTheRotatedFile() throws Exception {
        int health = freePort();
        try (ServiceProcess service = ServiceProcess.start(home, "", home.resolve("service.log"), Map.of(
                "crosswalk.db.embedded.port", Integer.toString(freePort()),
                "crosswalk.health.port", Integer.toString(health),
                "crosswalk.log.max-file-size", "200")).awaitStarted(120)) {
            List<String> lines = service.log().lines().toList();
            assertTrue(lines.size() <= 15, lines.size() + " lines:\n" + service.log());
            String ready = lines.get(lines.size() - 1);
            assertTrue(ready.contains("Crosswalk ready: watching 17 inboxes under " + home.resolve("inbox")
                    + "; decisions in " + home.resolve("outbox/index.html") + "; health http://127.0.0.1:" + health
                    + "/health; review in the browser: http://127.0.0.1:"), ready);
            assertTrue(ready.matches(".*/sign-in\\?token=[0-9a-f]{32}\\.\\d+\\.[0-9a-f]{64} \\(works once, for 15 "
                    + "minutes; .*crosswalk.* sign-in prints another\\)"), ready);
            assertTrue(lines.stream().noneMatch(l -> l.contains("initdb") || l.contains("Flyway")
                    || l.contains("Quartz") || l.contains("ErrorOverridesSupportStub")), service.log());

            List<Path> rolled = logFiles().stream().filter(f -> !f.getFileName().toString().equals("crosswalk.log"))
                    .toList();
            assertTrue(rolled.stream().allMatch(f -> f.getFileName().toString()
                    .matches("crosswalk\\.\\d{4}-\\d{2}-\\d{2}\\.\\d+\\.log")), rolled.toString());
            assertFalse(rolled.isEmpty(), "rotated at 200 bytes: " + logFiles());
            List<String> written = new ArrayList<>();
            logFiles().forEach(f -> written.addAll(read(f).lines().toList()));
            assertEquals(lines.stream().map(QuietLogTest::message).toList(),
                    written.stream().map(QuietLogTest::message).toList(), "the file has every line the console has");
            String pid = "[run " + service.pid() + "] ";
            assertTrue(written.stream().allMatch(l -> l.contains(pid + "INFO ")), String.join("\n", written));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(logs())));
        }
    }

    @Test
    void aOneShotCommandLogsWhatItDidToTheFileAndPrintsOnlyItsResult() throws Exception {
        Path file = new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com")).write(home.resolve("p.csv"));
        Process process = command("import", file.toString(), "--source", "kajabi", "--json").start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String warned = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), printed + warned);

        JsonNode report = ReportWriter.JSON.readTree(printed);
        assertEquals("", warned, "nothing on the terminal besides the result");
        String log = read(logs().resolve("crosswalk.log"));
        String prefix = "[import " + process.pid() + "] INFO ";
        assertTrue(log.contains(prefix + "Database - Database ready: "), log);
        assertTrue(log.contains(prefix + "BatchTransaction - Batch " + report.get("batch").asLong() + " applied p.csv: "),
                log);
        assertTrue(log.lines().noneMatch(l -> l.contains("Flyway") || l.contains("Camel")), "internals only to warn");
        String batch = "Batch " + report.get("batch").asLong() + " ";
        assertEquals(1, log.lines().filter(l -> l.contains(batch)).count(), "one line per batch:\n" + log);
        assertEquals(List.of("crosswalk.log"), logFiles().stream().map(f -> f.getFileName().toString()).toList());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(logs())));
    }

    @Test
    void aOneShotCommandPrintsOnlyItsResult() throws Exception {
        Process batches = command("batches").redirectErrorStream(true).start();
        String printed = new String(batches.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(batches.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, batches.exitValue(), printed);
        assertEquals(List.of("batch  kind  source  status  read  new  updated  conflict  rejected  started  file"),
                printed.lines().toList());
    }

    /** Standard error is not a terminal here: a plain line for each of the pipeline's progress lines. */
    @Test
    void aLongImportShowsItsProgressBesideItsResult() throws Exception {
        KajabiPeople people = new KajabiPeople();
        for (int i = 1; i <= 30; i++) {
            people.person(person(Integer.toString(i), "Ann", "Lee" + i, "ann" + i + "@example.com"));
        }
        Path file = people.write(home.resolve("p.csv"));
        ProcessBuilder builder = command("import", file.toString(), "--source", "kajabi", "--json");
        builder.command().add(1, "-Dcrosswalk.import.progress-every-rows=10");
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String said = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), printed + said);
        assertEquals(30, ReportWriter.JSON.readTree(printed).get("rows").get("read").asLong(), printed);
        List<String> lines = said.lines().toList();
        assertEquals(3, lines.size(), said);
        assertTrue(lines.get(0).startsWith("import: 10 of 30 rows, "), said);
        assertTrue(lines.get(2).startsWith("import: 30 of 30 rows, "), said);
    }

    /** Nothing before the one line: no stack trace, no Camel report, no warning that it keeps trying. */
    @ParameterizedTest
    @ValueSource(strings = {"import", "batches"})
    void withTheDatabaseDownAOneShotCommandSaysSoInOneLineAndNothingElse(String name) throws Exception {
        Path file = new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com")).write(home.resolve("p.csv"));
        String unreachable = "jdbc:postgresql://127.0.0.1:" + freePort() + "/crosswalk";
        ProcessBuilder builder = "import".equals(name) ? command("import", file.toString(), "--source", "kajabi")
                : command(name);
        builder.environment().put("CROSSWALK_DB_URL", unreachable);
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String said = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue(), said);
        assertEquals("", printed);
        List<String> lines = said.lines().toList();
        assertEquals(1, lines.size(), said);
        assertTrue(lines.get(0).startsWith("crosswalk " + name + ": the database (" + unreachable
                + ") does not answer: "), said);
        String log = read(logs().resolve("crosswalk.log"));
        assertTrue(log.contains(lines.get(0)) && log.contains("DatabaseUnavailableException"),
                "the log file keeps the whole failure:\n" + log);
    }

    /** A one-shot command as a separate process on {@code home} and a fresh database. */
    private ProcessBuilder command(String... args) {
        // the quick compiler only: a one-shot command is over before the optimising one would pay off
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.crosswalk.CrosswalkApplication"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().put("CROSSWALK_HOME", home.toString());
        builder.environment().put("CROSSWALK_DB_URL", TestDatabase.freshDatabaseUrl());
        builder.environment().put("CROSSWALK_DB_USER", "postgres");
        return builder;
    }

    private Path logs() {
        return home.resolve("data/logs");
    }

    /** The rolled files oldest first, then crosswalk.log. */
    private List<Path> logFiles() throws IOException {
        try (Stream<Path> files = Files.list(logs())) {
            return files.sorted((a, b) -> rank(a).compareTo(rank(b))).toList();
        }
    }

    private static String rank(Path file) {
        String name = file.getFileName().toString();
        if (name.equals("crosswalk.log")) {
            return "~";
        }
        String[] parts = name.split("\\.");
        return parts[1] + String.format(".%09d", Integer.parseInt(parts[2]));
    }

    /** A line without its date and time, which the console writes to the second and the file to the milli. */
    private static String message(String line) {
        int level = Math.max(line.indexOf(" INFO "), line.indexOf(" WARN "));
        return line.substring(level + 1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
