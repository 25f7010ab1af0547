package dev.crosswalk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run, each beside the COPY baseline of the same run, the targets checked against
 * them; written as {@code bench-results.json} and printed as a table.
 */
public final class BenchResults {

    record Target(String name, String goal, double actual, boolean met) {
    }

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final Map<String, Measurement> figures = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> unavailable = new LinkedHashMap<>();
    /** Figure → the figure that is its floor: the same rows written by COPY. */
    private final Map<String, String> floors = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private Measurement copy;

    BenchResults(BenchPlan plan, Map<String, Object> machine) {
        json.put("command", "bench" + (plan.name().equals("full") ? "" : " --" + plan.name()));
        json.put("plan", plan);
        json.put("machine", machine);
    }

    void put(String key, Object value) {
        json.put(key, value);
    }

    void copy(Measurement m) {
        copy = m;
        figure("copy_baseline", "COPY baseline (contacts + emails)", m);
    }

    void figure(String key, String label, Measurement m) {
        figures.put(key, m);
        labels.put(key, label);
    }

    /** {@code floor} (a figure already added) writes by COPY the rows {@code figure}'s import writes. */
    void floor(String figure, String floor) {
        floors.put(figure, floor);
    }

    void unavailable(String key, String label, String reason) {
        labels.put(key, label);
        unavailable.put(key, reason);
    }

    public Measurement get(String key) {
        return figures.get(key);
    }

    void target(String name, String goal, double actual, boolean met) {
        targets.add(new Target(name, goal, Measurement.round(actual, 3), met));
    }

    public Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>(json);
        labels.keySet().forEach(key -> out.put(key, unavailable.containsKey(key)
                ? Map.of("available", false, "note", unavailable.get(key))
                : figureJson(key)));
        out.put("targets", targets);
        return out;
    }

    private Map<String, Object> figureJson(String key) {
        Map<String, Object> m = figures.get(key).toMap(key.equals("copy_baseline") ? null : copy);
        String floor = floors.get(key);
        if (floor != null && figures.containsKey(floor)) {
            m.put("floor", floor);
            m.put("ratio_to_floor", ratioToFloor(key));
        }
        return m;
    }

    /** How close a figure comes to its floor: 1.0 is as fast as writing its rows by COPY. */
    private double ratioToFloor(String key) {
        return Measurement.round(figures.get(key).rowsPerSecond() / figures.get(floors.get(key)).rowsPerSecond(), 3);
    }

    public void write(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json());
    }

    public String table() {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "%-42s %10s %9s %10s %8s %8s %8s %8s %9s %9s %8s%n", "figure", "rows",
                "seconds", "rows/s", "x COPY", "JVM cpu", "DB cpu", "WAL MB", "WAL B/row", "rows/row", "x floor"));
        labels.forEach((key, label) -> {
            if (unavailable.containsKey(key)) {
                t.append(String.format(Locale.ROOT, "%-42s %s%n", label, unavailable.get(key)));
                return;
            }
            Measurement m = figures.get(key);
            if (Boolean.FALSE.equals(m.detail().get("completed"))) {
                t.append(String.format(Locale.ROOT, "%-42s FAILED, exit code %s: %s%n", label,
                        m.detail().get("exit_code"), m.detail().get("log")));
                return;
            }
            t.append(String.format(Locale.ROOT, "%-42s %,10d %9.2f %,10.0f %8.3f %8s %8s %8s %9s %9s %8s%n", label,
                    m.rows(), m.seconds(), m.rowsPerSecond(), m.rowsPerSecond() / copy.rowsPerSecond(),
                    cpu(m.jvmCpuSeconds()), cpu(m.dbCpuSeconds()), orDash(m.detail().get("wal_mb")),
                    orDash(m.detail().get("wal_bytes_per_row")), orDash(m.detail().get("table_rows_per_row")),
                    floors.containsKey(key) && figures.containsKey(floors.get(key)) ? ratioToFloor(key) : "-"));
        });
        t.append(String.format(Locale.ROOT, "%ntable rows written per file row (inserted/updated/deleted)%n"));
        figures.forEach((key, m) -> {
            if (m.detail().get("table_rows_per_row_by_table") instanceof Map<?, ?> tables && !tables.isEmpty()) {
                t.append(String.format(Locale.ROOT, "  %s:%n", labels.get(key)));
                tables.forEach((table, kinds) -> t.append(String.format(Locale.ROOT, "    %-36s %s%n", table,
                        kinds)));
            }
        });
        t.append(String.format(Locale.ROOT, "%n%-44s %-22s %10s  %s%n", "target", "goal", "actual", "met"));
        targets.forEach(g -> t.append(String.format(Locale.ROOT, "%-44s %-22s %10s  %s%n", g.name(), g.goal(),
                g.actual(), g.met() ? "yes" : "NO")));
        return t.toString();
    }

    private static Object orDash(Object value) {
        return value == null ? "-" : value;
    }

    private static String cpu(Double seconds) {
        return seconds == null ? "-" : String.format(Locale.ROOT, "%.1f", seconds);
    }
}
