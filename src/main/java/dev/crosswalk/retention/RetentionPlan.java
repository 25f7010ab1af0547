package dev.crosswalk.retention;

import dev.crosswalk.db.Sql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the retention settings say is due at a moment: per rule, the outbox files (relative paths) and the record
 * ids beyond it. A file's age is the date of its archive folder ({@code archive/<date>/…}) or else its last change.
 * The same plan is what {@code retention --preview} lists, what {@code retention} removes and what the audit counts.
 */
public record RetentionPlan(Instant at, Map<RetentionRule, List<String>> due) {

    public static RetentionPlan of(Connection c, Path outbox, List<RetentionRule> rules, Instant at)
            throws SQLException {
        Map<RetentionRule, List<String>> due = new LinkedHashMap<>();
        for (RetentionRule rule : rules) {
            Instant cutoff = at.atZone(ZoneId.systemDefault()).minus(rule.keep()).toInstant();
            due.put(rule, rule.item().folder() != null ? files(outbox, rule, cutoff) : records(c, rule, cutoff));
        }
        return new RetentionPlan(at, due);
    }

    public long count() {
        return due.values().stream().mapToLong(List::size).sum();
    }

    /** One line per rule with something due, e.g. "12 archived exports older than 2y". */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        due.forEach((rule, items) -> {
            if (!items.isEmpty()) {
                lines.add(items.size() + " " + rule.item().label() + " older than " + rule.keepText());
            }
        });
        return lines;
    }

    private static List<String> files(Path outbox, RetentionRule rule, Instant cutoff) {
        Path folder = outbox.resolve(rule.item().folder());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<String> due = new ArrayList<>();
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (rule.item().holds(p.getFileName().toString()) && age(folder, p).isBefore(cutoff)) {
                    due.add(outbox.relativize(p).toString());
                }
            }
            return due;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static Instant age(Path folder, Path file) throws IOException {
        Path relative = folder.relativize(file);
        if (relative.getNameCount() > 1) {
            try {
                return LocalDate.parse(relative.getName(0).toString()).atStartOfDay(ZoneId.systemDefault())
                        .toInstant();
            } catch (DateTimeParseException notADateFolder) {
                // a folder that is not a day: the file's own time says
            }
        }
        return Files.getLastModifiedTime(file).toInstant();
    }

    private static List<String> records(Connection c, RetentionRule rule, Instant cutoff) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("retention/due"))) {
            ps.setString(1, rule.item().key());
            ps.setTimestamp(2, Timestamp.from(cutoff));
            ps.setString(3, rule.action());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(Long.toString(rs.getLong(1)));
                }
            }
        }
        return ids;
    }
}
