package dev.crosswalk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a run measured: cores, CPU, memory, Java, OS, and how busy it was (load average). */
final class MachineFacts {

    private MachineFacts() {
    }

    static Map<String, Object> read() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("cores", Runtime.getRuntime().availableProcessors());
        facts.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        String memKb = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        facts.put("memory_gb", memKb == null ? null
                : Measurement.round(Long.parseLong(memKb.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0, 1));
        facts.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        facts.put("load_average_at_start", loadAverage());
        return facts;
    }

    /** The 1, 5 and 15 minute load averages: above the core count, other work shared the CPU. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
