package dev.crosswalk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.cli.CrosswalkCommand;
import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Sql;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every one-shot batch kind is all or nothing under kill -9 at a random moment of its batch, the way
 * {@link CrashSafetyTest} kills the import (after it has begun, at a random delay). Each kind's command runs as its
 * own process on a copy of one seeded database (a template), watched from the database every millisecond or so:
 * first once to its end on a copy of its own (the reference: how long its batch lasts, and the database it leaves),
 * then killed with SIGKILL {@value #KILLS} times at a uniformly random moment of that span, kill i in its i-th part,
 * so that together they cover it all (and again at random, up to {@value #MAX_KILLS} kills, while none has landed
 * inside the transaction; after a kill that came too late, within that start's own span when it was shorter). The
 * span runs from the start of the batch's work on the database (its id taken, or the import lock) to its commit:
 * before, there is nothing to undo. After each kill the database is exactly as before the batch (no ledger row left
 * {@code running}, no report) — or, when the commit came first, exactly what the reference left, times of day and
 * the order of ids aside. Each kill runs on the database the last one left, when that one
 * changed nothing, so every start but the first is the next start after a kill; the start after the last kill runs
 * to its end and does the whole batch. Where each kill landed (before the batch's first write, inside its
 * transaction, after its commit) is printed per kind, with the seed of the moments:
 * {@code -Dcrosswalk.crash-test.seed=N} replays them. (The import is {@link CrashSafetyTest}'s.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchKindsCrashTest {

    private static final int PEOPLE = 300;
    private static final int LOCKED = 20;
    private static final int NEW_PEOPLE = 30;
    private static final int KILLS = 2;
    /** Kills go on, at random moments, while none has landed inside the transaction. */
    private static final int MAX_KILLS = 5;
    private static final long SEED = Long.getLong("crosswalk.crash-test.seed", System.nanoTime());
    /** A time of day as PostgreSQL or JSON writes it, in any value (an audit row's, a report's), or a duration. */
    private static final String TIME_OF_DAY = "duration_ms\"*: \\d+"
            + "|\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d(:?\\d\\d)?)?";

    /** One kind: the command that runs it, the database it runs on (a template, copied per run), -D settings. */
    record Kind(String name, List<String> command, String template, Map<String, String> settings) {

        boolean preview() {
            return command.contains("--preview");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Where a kill landed in the batch's life. */
    enum Landing { BEFORE, INSIDE, AFTER }

    @TempDir
    static Path dir;

    private String seeded;
    private String empty;
    private String legacy;
    private long conflicts;
    private long thirdImport;
    private long mergeId;
    private Path preview;
    private final Random random = new Random(SEED);
    private final Map<String, Map<String, String>> templates = new HashMap<>();

    @BeforeAll
    void seed() throws Exception {
        System.out.println("BatchKindsCrashTest: seed " + SEED + " (-Dcrosswalk.crash-test.seed=" + SEED
                + " replays these kill moments)");
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
        return Stream.<Kind>of(
                kind("preview", "import", preview.toString(), "--source", "kajabi", "--preview"),
                kind("review", "resolve", "--batch", Long.toString(conflicts), "--reason", "LOCKED", "TAKE", "--by",
                        "test"),
                kind("rollback", "rollback", Long.toString(thirdImport), "--by", "test"),
                kind("merge", "merge", Long.toString(contact(PEOPLE - 3)), Long.toString(contact(PEOPLE - 4)),
                        "--by", "test"),
                kind("unmerge", "unmerge", Long.toString(mergeId), "--by", "test"),
                kind("classify", "locks", "classify"),
                kind("locks", "locks", "set", Long.toString(contact(PEOPLE - 5)), "FULL_LOCK", "--by", "test"),
                kind("duplicates", "duplicates"),
                // one erasure key for every run: the tombstones are keyed hashes
                new Kind("erasure", List.of("forget", "person" + (PEOPLE - 6) + "@example.com", "--by", "test"),
                        seeded, Map.of("crosswalk.erasure.key-file", dir.resolve("erasure.key").toString())),
                new Kind("retention", List.of("retention"), seeded, Map.of("crosswalk.retention.audit-values", "6m")),
                new Kind("adopt", List.of("adopt", "--from", legacy, "--user", "postgres"), empty, Map.of()));
    }

    private Kind kind(String name, String... command) {
        return new Kind(name, List.of(command), seeded, Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void killedAtARandomMomentOfItsBatchTheKindIsAllOrNothing(Kind kind) throws Exception {
        Path home = dir.resolve(kind.name());
        Map<String, String> before = template(kind.template(), false);
        List<String> sequences = sequences(kind.template());

        String reference = TestDatabase.copyOf(kind.template());
        // the first kill's copy is made while the reference's JVM starts, long before its batch
        CompletableFuture<String> copy = CompletableFuture.supplyAsync(() -> TestDatabase.copyOf(kind.template()));
        Run clean = run(kind, reference, fresh(home), -1);
        // a watch starved of CPU on a loaded machine can miss a short batch: then it is measured again
        for (int again = 0; clean.exit() == 0 && clean.wrote() < 0 && again < 2; again++) {
            reference = TestDatabase.copyOf(kind.template());
            clean = run(kind, reference, fresh(home), -1);
        }
        assertEquals(0, clean.exit(), kind + " ran to its end:\n" + clean.log());
        assertTrue(clean.wrote() >= 0, kind + ": its batch's write was seen (" + clean + ")");
        long span = clean.ended() - clean.began();
        Map<String, String> after = fingerprint(reference, true);
        assertEquals(kind.preview(), after.equals(template(kind.template(), true)),
                kind + (kind.preview() ? ": a preview changes nothing" : ": the batch changed the database"));

        Map<Landing, Integer> landed = new EnumMap<>(Landing.class);
        String db = copy.get();
        fresh(home);
        for (int kill = 0; kill < KILLS || !landed.containsKey(Landing.INSIDE) && kill < MAX_KILLS; kill++) {
            if (db == null) {
                db = TestDatabase.copyOf(kind.template());
                fresh(home);
            }
            // kill i of KILLS in the i-th part of the span; any further kill anywhere in it
            long at = (long) (kill < KILLS ? (kill + random.nextDouble()) * span / KILLS : random.nextDouble() * span);
            Run killed = run(kind, db, home, at);
            awaitNoSession(db);
            Landing landing;
            if (fingerprint(db, false).equals(before)) {
                landing = killed.wrote() < 0 ? Landing.BEFORE
                        : kind.preview() && killed.ended() >= 0 ? Landing.AFTER : Landing.INSIDE;
                if (!kind.preview()) {
                    assertEquals(List.of(), reports(home), kind + ": no report of a batch that did not commit");
                }
                // an id taken is never given back; set back, the next start's rows compare with the reference's
                restore(db, sequences);
            } else {
                assertEquals(after, fingerprint(db, true), kind + " killed " + at / 1_000_000 + " ms into its "
                        + span / 1_000_000 + " ms batch: the database is neither as before nor as after it"
                        + difference(reference, db));
                landing = Landing.AFTER;
                db = null;
            }
            // the batch ended before the kill: when this start's batch was seen to end sooner than the reference's
            // (which a busy machine can stretch), the next kills aim inside this one's span
            if (landing == Landing.AFTER && killed.ended() >= 0) {
                span = Math.min(span, killed.ended() - killed.began());
            }
            landed.merge(landing, 1, Integer::sum);
        }
        System.out.printf("BatchKindsCrashTest: %-10s batch %4d ms (first write at %3d ms; kills aimed within %4d ms); "
                + "kills before %d, inside %d, after %d%n", kind, (clean.ended() - clean.began()) / 1_000_000,
                (clean.wrote() - clean.began()) / 1_000_000, span / 1_000_000, landed.getOrDefault(Landing.BEFORE, 0),
                landed.getOrDefault(Landing.INSIDE, 0), landed.getOrDefault(Landing.AFTER, 0));
        assertTrue(landed.containsKey(Landing.INSIDE), kind + ": none of " + MAX_KILLS + " kills landed inside the "
                + "transaction (seed " + SEED + "): " + landed);
        if (db != null) {
            // the next start after the last kill (in this JVM: its timing no longer matters) does the whole batch
            assertEquals(0, nextStart(kind, db, home), kind + " started again after a kill");
            assertEquals(after, fingerprint(db, true), kind + ": the next start after a kill did the batch"
                    + difference(reference, db));
        }
    }

    /** A template's fingerprint, read once. */
    private Map<String, String> template(String url, boolean asAfter) throws Exception {
        String key = asAfter + " " + url;
        if (!templates.containsKey(key)) {
            templates.put(key, fingerprint(url, asAfter));
        }
        return templates.get(key);
    }

    /** The kind's command once more on {@code db} and {@code home}, in this JVM; its exit code. */
    private static int nextStart(Kind kind, String db, Path home) {
        Map<String, String> settings = new HashMap<>(kind.settings());
        settings.put("crosswalk.home", home.toString());
        settings.put("crosswalk.db.url", db);
        settings.put("crosswalk.db.user", "postgres");
        return CrosswalkCommand.commandLine(() -> CompositionRoot.of(CrosswalkSettings.load(settings)))
                .execute(kind.command().toArray(String[]::new));
    }

    /**
     * One run of the kind's command on {@code db}, watched from the database every millisecond or so: left to end
     * ({@code killAt} &lt; 0) or killed {@code killAt} ns after its batch work began. Times in ns from the start.
     */
    private Run run(Kind kind, String db, Path home, long killAt) throws Exception {
        Path log = home.resolve("command.log");
        try (Connection watch = DriverManager.getConnection(db, "postgres", "");
                PreparedStatement sessions = watch.prepareStatement("select count(*) filter (where backend_xid is "
                        + "not null), count(*) filter (where strpos(query, ?) > 0 or strpos(query, ?) > 0), count(*) "
                        + "from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            sessions.setString(1, statement("batch/next-id"));
            sessions.setString(2, statement("batch/lock"));
            long start = System.nanoTime();
            Process command = start(kind, db, home, log);
            long began = -1;
            long wrote = -1;
            long ended = -1;
            long killed = -1;
            boolean connected = false;
            while (command.isAlive()) {
                try (ResultSet rs = sessions.executeQuery()) {
                    rs.next();
                    long now = System.nanoTime() - start;
                    boolean writing = rs.getLong(1) > 0;
                    if (began < 0 && (writing || rs.getLong(2) > 0)) {
                        began = now;
                    }
                    if (writing) {
                        wrote = wrote < 0 ? now : wrote;
                        ended = -1;
                    } else if (wrote >= 0 && ended < 0) {
                        ended = now;
                    }
                    if (killAt >= 0 && began >= 0 && now >= began + killAt) {
                        command.destroyForcibly();
                        killed = now;
                        break;
                    }
                    if (now > TimeUnit.SECONDS.toNanos(120)) {
                        command.destroyForcibly();
                        throw new AssertionError(kind + " still running after 120 s:\n" + Files.readString(log));
                    }
                    connected |= rs.getLong(3) > 0;
                }
                // closely once the command is on its database; its JVM's start is left the CPU
                TimeUnit.MICROSECONDS.sleep(connected ? 500 : 5000);
            }
            if (!command.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError(kind + " did not end");
            }
            if (killAt >= 0 && killed < 0) {
                assertEquals(0, command.exitValue(), kind + " ended before it was killed:\n" + Files.readString(log));
            }
            if (killed < 0 && ended < 0 && wrote >= 0) {
                ended = System.nanoTime() - start;
            }
            return new Run(began, wrote, ended, killed >= 0 ? -1 : command.exitValue(), Files.readString(log));
        }
    }

    /**
     * What the watch saw of a run up to its end or its kill, in ns from its start (-1: not seen): when its batch work
     * began, first wrote, last ended; its exit code (-1 when killed).
     */
    private record Run(long began, long wrote, long ended, int exit, String log) {
    }

    /** The statement of a SQL resource without its comment lines, as the driver sends it. */
    private static String statement(String name) {
        return Sql.load(name).lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n")).trim();
    }

    /** The killed command's sessions end once the server notices: its transaction is rolled back then. */
    private static void awaitNoSession(String db) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection c = DriverManager.getConnection(db, "postgres", ""); Statement st = c.createStatement()) {
            while (count(st, "select count(*) from pg_stat_activity where datname = current_database() and pid <> "
                    + "pg_backend_pid()") > 0) {
                assertTrue(System.nanoTime() < deadline, "the killed command's sessions end within 30 s");
                TimeUnit.MILLISECONDS.sleep(5);
            }
        }
    }

    /**
     * The command as its own process, configured as an operator would, on {@code db} (a short-lived JVM: the quick
     * compiler only, one GC thread).
     */
    private static Process start(Kind kind, String db, Path home, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path")));
        kind.settings().forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("dev.crosswalk.CrosswalkApplication");
        command.addAll(kind.command());
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("CROSSWALK_HOME", home.toString());
        builder.environment().put("CROSSWALK_DB_URL", db);
        builder.environment().put("CROSSWALK_DB_USER", "postgres");
        return builder.start();
    }

    /** An empty home at {@code home}: every first run of a database has the same paths in its reports. */
    private static Path fresh(Path home) throws Exception {
        if (Files.exists(home)) {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        return Files.createDirectories(home);
    }

    /** Every table's rows (see {@link #rowTexts}), as a digest per table; sequences aside. */
    private static Map<String, String> fingerprint(String url, boolean asAfter) throws Exception {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
            String digests = rowTexts(st, asAfter).entrySet().stream().map(table -> "select '" + table.getKey()
                    + "', count(*) || ' ' || coalesce(md5(string_agg(r, '|' order by r)), '') from (select "
                    + table.getValue() + " r from " + table.getKey() + " t) rows").collect(Collectors.joining(
                            " union all "));
            try (ResultSet rs = st.executeQuery(digests)) {
                while (rs.next()) {
                    tables.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return tables;
    }

    /**
     * Each table's row as text; {@code asAfter}: what two runs of the same batch on the same data have in common, so
     * without the times of day (columns and values), the order in which rows took their ids and the report's copy.
     */
    private static Map<String, String> rowTexts(Statement st, boolean asAfter) throws Exception {
        Map<String, List<String>> columns = new TreeMap<>();
        try (ResultSet rs = st.executeQuery("select c.table_name, c.column_name, c.data_type like 'time%' or "
                + "coalesce(c.column_default, '') like 'nextval(%' or c.is_identity = 'YES' or c.column_name in "
                + "('report_json', 'report_html') from information_schema.columns c join information_schema.tables "
                + "t using (table_schema, table_name) where c.table_schema = 'public' and t.table_type = 'BASE TABLE' "
                + "and c.table_name <> 'flyway_schema_history' order by c.table_name, c.ordinal_position")) {
            while (rs.next()) {
                List<String> kept = columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>());
                if (!asAfter || !rs.getBoolean(3)) {
                    kept.add("t.\"" + rs.getString(2) + "\"");
                }
            }
        }
        Map<String, String> texts = new TreeMap<>();
        columns.forEach((table, kept) -> {
            String row = "row(" + String.join(", ", kept) + ")::text";
            texts.put(table, asAfter ? "regexp_replace(" + row + ", '" + TIME_OF_DAY + "', 'T', 'g')" : row);
        });
        return texts;
    }

    /** How the tables that differ differ: in each, the first row of one database missing in the other, and so on. */
    private static String difference(String expected, String actual) throws Exception {
        Map<String, String> a = fingerprint(expected, true);
        Map<String, String> b = fingerprint(actual, true);
        StringBuilder out = new StringBuilder();
        for (String table : a.keySet()) {
            if (!a.get(table).equals(b.get(table))) {
                List<String> x = rows(expected, table);
                List<String> y = rows(actual, table);
                String one = x.stream().filter(r -> !y.contains(r)).sorted().findFirst().orElse("");
                String other = y.stream().filter(r -> !x.contains(r)).sorted().findFirst().orElse("");
                int from = 0;
                while (from < Math.min(one.length(), other.length()) && one.charAt(from) == other.charAt(from)) {
                    from++;
                }
                out.append("\n").append(table).append(" as after the batch: ").append(near(one, from))
                        .append("\n  but here: ").append(near(other, from));
            }
        }
        return out.toString();
    }

    private static String near(String row, int at) {
        return row.substring(Math.max(0, at - 60), Math.min(row.length(), at + 120));
    }

    private static List<String> rows(String url, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select " + rowTexts(st, true).get(table) + " from " + table + " t")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    /** What sets each sequence back to where it is now in the database at {@code url}. */
    private static List<String> sequences(String url) throws Exception {
        List<String> setvals = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select format('select setval(%L, %s, %L)', schemaname || '.' "
                        + "|| sequencename, coalesce(last_value, start_value), last_value is not null) "
                        + "from pg_sequences")) {
            while (rs.next()) {
                setvals.add(rs.getString(1));
            }
        }
        return setvals;
    }

    private static void restore(String url, List<String> sequences) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
            for (String setval : sequences) {
                st.execute(setval);
            }
        }
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
