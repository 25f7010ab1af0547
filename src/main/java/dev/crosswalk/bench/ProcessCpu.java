package dev.crosswalk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by this JVM and by a local PostgreSQL server (its postmaster, the backends it reaped,
 * and those still running), read from /proc; the difference over a scenario says whether the import or the
 * database was busy.
 */
final class ProcessCpu {

    /** USER_HZ: the clock ticks /proc reports times in (100 on every Linux the JDK runs on). */
    private static final double TICKS = 100.0;

    private final Long postmaster;

    ProcessCpu(Long postmaster) {
        this.postmaster = postmaster;
    }

    static double jvmSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** The server's CPU seconds so far, or null when it is not a local process we know. */
    Double dbSeconds() {
        if (postmaster == null || !Files.isDirectory(Path.of("/proc", postmaster.toString()))) {
            return null;
        }
        long ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) procs::iterator) {
                String name = proc.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long[] stat = stat(proc);
                if (stat == null) {
                    continue;
                }
                if (Long.parseLong(name) == postmaster) {
                    ticks += stat[1] + stat[2] + stat[3] + stat[4];
                } else if (stat[0] == postmaster) {
                    ticks += stat[1] + stat[2];
                }
            }
        } catch (IOException e) {
            return null;
        }
        return ticks / TICKS;
    }

    /** ppid, utime, stime, cutime, cstime of a process, or null if it is gone. */
    private static long[] stat(Path proc) {
        try {
            String text = Files.readString(proc.resolve("stat"));
            // the command name may hold spaces and parentheses: fields are counted after its closing one
            String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]),
                Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
