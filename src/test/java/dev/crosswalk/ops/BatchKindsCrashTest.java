package dev.crosswalk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.LegacyDatabase;
import dev.crosswalk.support.TestCrosswalk;
import dev.crosswalk.support.TestDatabase;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every one-shot batch kind is all or nothing under kill -9: the command runs as its own process on a seeded
 * database and is killed with SIGKILL while its batch transaction is open — after its ledger row and the work before
 * the table the test holds locked, at a random moment while it waits there — and afterwards the database is exactly
 * what it was: no ledger row, no row of the batch. (The import, kill after kill, is {@link CrashSafetyTest}'s.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchKindsCrashTest {

    private static final int PEOPLE = 300;
    private static final int LOCKED = 20;
    private static final int NEW_PEOPLE = 30;

    /**
     * One kind: the command that runs it, the table it writes late in its work (held locked by the test so that the
     * kill lands inside the transaction), the database it runs on and any -D settings.
     */
    record Kind(String name, String table, List<String> command, String dbUrl, Map<String, String> settings) {

        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    static Path dir;

    private String seeded;
    private String empty;
    private String legacy;
    private long conflicts;
    private long thirdImport;
    private long mergeId;
    private Path preview;
    private final Random random = new Random(20261206L);

    @BeforeAll
    void seed() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(dir.resolve("seed"), false,
                Map.of("crosswalk.import.chunk-size", "500"))) {
            seed(crosswalk);
        }
        preview = people(dir.resolve("preview.csv"), PEOPLE * 2, 100, "");
        empty = TestDatabase.freshDatabaseUrl();
        legacy = LegacyDatabase.create();
    }

    /**
     * Two imports (the second raising a LOCKED conflict per person locked in between), a third of new people, a
     * merge; the first import a year old.
     */
    private void seed(TestCrosswalk seed) throws Exception {
        seeded = seed.runtime().settings().dbUrl();
        assertEquals("applied", seed.importFile(people(dir.resolve("first.csv"), 0, PEOPLE, ""), "kajabi").status());
        for (int i = 0; i < LOCKED; i++) {
            seed.lockByPerson(contact(i), "FULL_LOCK");
        }
        BatchReport second = seed.importFile(people(dir.resolve("second.csv"), 0, LOCKED, "-Changed"), "kajabi");
        assertEquals(LOCKED, second.rowCount("conflict"), "a LOCKED conflict per locked person");
        conflicts = second.batch();
        thirdImport = seed.importFile(people(dir.resolve("third.csv"), PEOPLE, NEW_PEOPLE, ""), "kajabi").batch();
        CompositionRoot.on(seed.runtime().settings(), seed.dataSource()).merges().merge(contact(PEOPLE - 1),
                contact(PEOPLE - 2), "test");
        mergeId = seed.count("select max(id) from contact_merges");
        // the first import is a year old: its audit values are beyond a retention of 6 months
        execute(seeded, "update import_batches set started_at = now() - interval '1 year', "
                + "finished_at = now() - interval '1 year' where id = (select min(id) from import_batches)");
    }

    Stream<Kind> kinds() throws Exception {
        return Stream.of(
                kind("preview", "contacts", "import", preview.toString(), "--source", "kajabi", "--preview"),
                kind("review", "contacts", "resolve", "--batch", Long.toString(conflicts), "--reason",
                        "LOCKED", "TAKE", "--by", "test"),
                kind("rollback", "contacts", "rollback", Long.toString(thirdImport), "--by", "test"),
                kind("merge", "contacts", "merge", Long.toString(contact(PEOPLE - 3)),
                        Long.toString(contact(PEOPLE - 4)), "--by", "test"),
                kind("unmerge", "contacts", "unmerge", Long.toString(mergeId), "--by", "test"),
                kind("classify", "contacts", "locks", "classify"),
                kind("locks", "contact_field_sources", "locks", "set", Long.toString(contact(PEOPLE - 5)),
                        "FULL_LOCK", "--by", "test"),
                kind("duplicates", "import_conflicts", "duplicates"),
                kind("erasure", "contacts", "forget", "person" + (PEOPLE - 6) + "@example.com", "--by", "test"),
                new Kind("retention", "import_audit_log", List.of("retention"), seeded,
                        Map.of("crosswalk.retention.audit-values", "6m")),
                new Kind("adopt", "contacts", List.of("adopt", "--from", legacy, "--user", "postgres"), empty,
                        Map.of()));
    }

    private Kind kind(String name, String table, String... command) {
        return new Kind(name, table, List.of(command), seeded, Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void killedInsideItsTransactionTheBatchLeavesNothing(Kind kind) throws Exception {
        Map<String, String> before = fingerprint(kind.dbUrl());
        Path home = Files.createDirectories(dir.resolve(kind.name()));
        Path log = home.resolve("command.log");
        try (Connection lock = DriverManager.getConnection(kind.dbUrl(), "postgres", "");
                Connection watch = DriverManager.getConnection(kind.dbUrl(), "postgres", "");
                Statement st = watch.createStatement()) {
            lock.setAutoCommit(false);
            try (Statement hold = lock.createStatement()) {
                hold.execute("lock table " + kind.table() + " in exclusive mode");
            }
            Process command = start(kind, home, log);
            try {
                Inbox.await(() -> {
                    if (!command.isAlive()) {
                        throw new AssertionError(kind + " ended (exit " + command.exitValue() + ") before it "
                                + "reached " + kind.table() + ":\n" + Files.readString(log));
                    }
                    return count(st, "select count(*) from pg_stat_activity where datname = current_database() "
                            + "and backend_xid is not null and wait_event_type = 'Lock'") > 0;
                }, 120, () -> kind + "'s transaction to wait on " + kind.table());
                TimeUnit.MILLISECONDS.sleep(random.nextInt(300));
                assertTrue(command.isAlive(), "still inside its transaction when killed");
            } finally {
                command.destroyForcibly();
                command.waitFor(30, TimeUnit.SECONDS);
                lock.rollback();
            }
            // the server notices the dead client once the lock is gone, and rolls its transaction back
            Inbox.await(() -> count(st, "select count(*) from pg_stat_activity where datname = current_database() "
                    + "and backend_xid is not null and pid <> pg_backend_pid()") == 0, 30,
                    () -> "the killed command's transaction to end");
        }
        assertEquals(before, fingerprint(kind.dbUrl()), kind + ": nothing of the batch, not its ledger row");
        assertEquals(List.of(), reports(home), kind + ": no report of a batch that did not commit");
    }

    /**
     * The command as its own process, configured as an operator would, on the kind's database (a short-lived JVM:
     * the quick compiler only, one GC thread).
     */
    private static Process start(Kind kind, Path home, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path")));
        kind.settings().forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("dev.crosswalk.CrosswalkApplication");
        command.addAll(kind.command());
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("CROSSWALK_HOME", home.toString());
        builder.environment().put("CROSSWALK_DB_URL", kind.dbUrl());
        builder.environment().put("CROSSWALK_DB_USER", "postgres");
        return builder.start();
    }

    /** Every table's rows, as a digest per table (sequences aside: an id taken is never given back). */
    private static Map<String, String> fingerprint(String url) throws Exception {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select table_name from information_schema.tables where "
                    + "table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> "
                    + "'flyway_schema_history'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                try (ResultSet rs = st.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg(t::text, "
                        + "'|' order by t::text)), '') from " + table + " t")) {
                    rs.next();
                    tables.put(table, rs.getString(1));
                }
            }
        }
        return tables;
    }

    private static List<String> reports(Path home) throws Exception {
        Path reports = home.resolve("outbox/reports");
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(reports)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith("-report.json")).toList();
        }
    }

    private long contact(int person) throws Exception {
        try (Connection c = DriverManager.getConnection(seeded, "postgres", ""); Statement st = c.createStatement()) {
            return count(st, "select contact_id from contact_emails where email = 'person" + person
                    + "@example.com'");
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A Kajabi people export of {@code count} people from {@code first}, their last names with {@code suffix}. */
    private static Path people(Path file, int first, int count, String suffix) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Name,First Name,Last Name,Email,Products,Tags,ID,Member ID,External User ID,Created At,"
                    + "Member Created At,Sign In Count,Last Activity,Last Sign In At\n");
            for (int i = first; i < first + count; i++) {
                out.write("Person " + i + ",First" + i + ",Last" + i + suffix + ",person" + i + "@example.com,"
                        + "Course A,VIP," + (1_000_000 + i) + ",,,2024-05-06 18:01:32 -0700,,3,,\n");
            }
        }
        return file;
    }
}
