package dev.crosswalk.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One timed figure: rows in seconds of wall time, and where that time was spent — CPU seconds of this JVM and of
 * the PostgreSQL server (null where they cannot be read, e.g. an external server).
 */
public record Measurement(long rows, double seconds, Double jvmCpuSeconds, Double dbCpuSeconds,
        Map<String, Object> detail) {

    public double rowsPerSecond() {
        return seconds <= 0 ? 0 : rows / seconds;
    }

    public Map<String, Object> toMap(Measurement copy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows);
        m.put("seconds", round(seconds, 3));
        m.put("rows_per_s", Math.round(rowsPerSecond()));
        if (copy != null) {
            m.put("ratio_to_copy", round(rowsPerSecond() / copy.rowsPerSecond(), 3));
        }
        m.put("jvm_cpu_s", jvmCpuSeconds == null ? null : round(jvmCpuSeconds, 2));
        m.put("db_cpu_s", dbCpuSeconds == null ? null : round(dbCpuSeconds, 2));
        m.putAll(detail);
        return m;
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
