package dev.crosswalk.report;

import static dev.crosswalk.report.Html.escape;

import dev.crosswalk.config.Launcher;
import dev.crosswalk.db.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code outbox/index.html}, the one place to start: the open decisions (counts by reason, each linking the file
 * to decide in), then every batch newest first with links to its files, then the latest audit. Rewritten after
 * every batch; links are relative, nothing comes from the network. Batches with no ledger row (refused files,
 * previews, refused undos) are read from the reports they left.
 */
public final class OutboxIndex {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxIndex.class);
    private static final Pattern REPORT = Pattern.compile("(\\d+)-report\\.json");
    private static final Pattern AUDIT = Pattern.compile("audit-\\d{4}-\\d{2}-\\d{2}\\.html");
    private static final List<String> COUNTS = List.of("read", "new", "updated", "unchanged", "conflict",
            "rejected", "skipped");

    private final DataSource dataSource;
    private final Outbox outbox;
    private final OwnerOnly ownerOnly;
    private final String template;
    private final QueueFiles queue;

    public OutboxIndex(DataSource dataSource, Path outbox, boolean outboxPrivate) {
        this.dataSource = dataSource;
        this.outbox = new Outbox(outbox);
        this.ownerOnly = new OwnerOnly(outboxPrivate, outbox);
        this.queue = new QueueFiles(this.outbox, ownerOnly);
        try (InputStream in = OutboxIndex.class.getResourceAsStream("/reports/index.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return outbox.index();
    }

    /**
     * Rewrites the page and the decisions files of outbox/conflicts/ (open items only). A batch is already finished
     * when this runs: a failure to write them is logged, never turned into a failed batch.
     */
    public void write() {
        try (Connection c = dataSource.getConnection()) {
            queue.write(c);
        } catch (IOException | SQLException | UncheckedIOException e) {
            LOG.warn("Could not rewrite {}: {}", outbox.conflicts(), e.getMessage());
        }
        writePage();
    }

    /**
     * Rewrites the page alone: at start-up, when no batch has changed the queue since its files were last written
     * (and the contacts may be held by another's long transaction, which the page need not wait for).
     */
    public void writePage() {
        try {
            Path index = path();
            Path staged = outbox.root().resolve(".index.html.tmp");
            Files.createDirectories(outbox.root());
            Files.writeString(staged, render(), StandardCharsets.UTF_8);
            ownerOnly.file(staged);
            Files.move(staged, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException | UncheckedIOException e) {
            LOG.warn("Could not rewrite {}: {}", path(), e.getMessage());
        }
    }

    private record BatchRow(long id, String kind, String source, String file, String status, Map<String, Long> rows,
            Instant started) {
    }

    private record Open(String reason, long batch, String kind, long count) {
    }

    String render() throws SQLException, IOException {
        List<Open> open = new ArrayList<>();
        Map<Long, BatchRow> batches = new TreeMap<>(Comparator.reverseOrder());
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(Sql.load("index/open-conflicts"));
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.add(new Open(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(Sql.load("index/batches"));
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Long> rows = new LinkedHashMap<>();
                    for (int i = 0; i < COUNTS.size(); i++) {
                        rows.put(COUNTS.get(i), rs.getLong(6 + i));
                    }
                    batches.put(rs.getLong(1), new BatchRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rows, rs.getTimestamp(13).toInstant()));
                }
            }
        }
        addUnrecorded(batches);
        return template.replace("{{generated}}", escape(Html.text(Instant.now())))
                .replace("{{decisions}}", decisions(open))
                .replace("{{batches}}", batches(batches.values()))
                .replace("{{audit}}", audit());
    }

    /** Refused files, previews and refused undos: only their report tells of them. */
    private void addUnrecorded(Map<Long, BatchRow> batches) throws IOException {
        Path reports = outbox.reports();
        if (!Files.isDirectory(reports)) {
            return;
        }
        try (Stream<Path> files = Files.list(reports)) {
            for (Path json : files.toList()) {
                Matcher m = REPORT.matcher(json.getFileName().toString());
                if (m.matches() && !batches.containsKey(Long.parseLong(m.group(1)))) {
                    BatchReport r = ReportWriter.read(json);
                    Map<String, Long> rows = new LinkedHashMap<>();
                    COUNTS.forEach(k -> rows.put(k, r.rows() == null ? 0L : r.rows().getOrDefault(k, 0L)));
                    batches.put(r.batch(), new BatchRow(r.batch(), r.kind(), r.source(), r.file(), r.status(), rows,
                            r.startedAt()));
                }
            }
        }
    }

    private String decisions(List<Open> open) {
        if (open.isEmpty()) {
            return "<p class=\"ok\">Nothing needs a decision.</p>";
        }
        Map<String, List<Open>> byReason = new LinkedHashMap<>();
        open.forEach(o -> byReason.computeIfAbsent(o.reason(), k -> new ArrayList<>()).add(o));
        StringBuilder out = new StringBuilder("<table><thead><tr><th>reason</th><th>open</th><th>decide in</th>"
                + "</tr></thead><tbody>");
        byReason.forEach((reason, list) -> {
            long total = list.stream().mapToLong(Open::count).sum();
            StringBuilder files = new StringBuilder();
            for (Open o : list) {
                Path file = decisionsFile(o);
                files.append(files.length() == 0 ? "" : ", ").append(link(file, file.getFileName().toString()))
                        .append(" (").append(o.count()).append(")");
            }
            out.append("<tr data-reason=\"").append(escape(reason)).append("\"><td>").append(escape(reason))
                    .append("</td><td class=\"n\">").append(total).append("</td><td>").append(files)
                    .append("</td></tr>");
        });
        return out.append("</tbody></table><p class=\"hint\">Every open item is in ")
                .append(link(outbox.openConflicts(), outbox.openConflicts().getFileName().toString()))
                .append(". Fill the decision column and drop the file into "
                + "<code>inbox/review/</code>, or decide one reason of a batch at once: <code>"
                + escape(Launcher.command()) + " resolve --batch N --reason R DECISION</code>.</p>").toString();
    }

    /**
     * An item is decided in its batch's file; duplicate candidates (whose list in reports/ records one run) in the
     * file of every open item.
     */
    private Path decisionsFile(Open o) {
        return "duplicates".equals(o.kind()) ? outbox.openConflicts() : outbox.conflicts(o.batch());
    }

    private String batches(Iterable<BatchRow> batches) {
        StringBuilder out = new StringBuilder("<table><thead><tr><th>batch</th><th>kind</th><th>source</th>"
                + "<th>file</th><th>status</th>");
        COUNTS.forEach(k -> out.append("<th>").append(k).append("</th>"));
        out.append("<th>started</th><th>files</th></tr></thead><tbody>");
        boolean any = false;
        for (BatchRow b : batches) {
            any = true;
            out.append("<tr><td class=\"n\">").append(b.id()).append("</td><td>").append(escape(b.kind()))
                    .append("</td><td>").append(escape(b.source())).append("</td><td>").append(escape(b.file()))
                    .append("</td><td class=\"status ").append(escape(b.status())).append("\">")
                    .append(escape(b.status())).append("</td>");
            COUNTS.forEach(k -> out.append("<td class=\"n\">").append(b.rows().get(k)).append("</td>"));
            out.append("<td class=\"d\">").append(escape(Html.text(b.started()))).append("</td><td>")
                    .append(files(b.id())).append("</td></tr>");
        }
        return any ? out.append("</tbody></table>").toString() : "<p class=\"none\">No batch yet.</p>";
    }

    /** The files a batch left, those that exist: report, conflicts (or its preview list), rejected, changes. */
    private String files(long batch) {
        Map<String, Path> candidates = new LinkedHashMap<>();
        candidates.put("report", outbox.report(batch, "report.html"));
        candidates.put("conflicts", outbox.conflicts(batch));
        candidates.put("preview conflicts", outbox.report(batch, "preview-conflicts.csv"));
        candidates.put("duplicates", outbox.report(batch, "duplicates.csv"));
        candidates.put("review answers", outbox.report(batch, "review.csv"));
        candidates.put("rejected", outbox.rejected(batch, "rejected.csv"));
        candidates.put("changes", outbox.report(batch, "changes.csv"));
        StringBuilder out = new StringBuilder();
        candidates.forEach((label, file) -> {
            if (Files.isRegularFile(file)) {
                out.append(out.length() == 0 ? "" : " · ").append(link(file, label));
            }
        });
        return out.toString();
    }

    private String audit() throws IOException {
        Path reports = outbox.reports();
        if (!Files.isDirectory(reports)) {
            return "<p class=\"none\">No audit yet: run <code>" + escape(Launcher.command()) + " audit</code>.</p>";
        }
        try (Stream<Path> files = Files.list(reports)) {
            return files.filter(p -> AUDIT.matcher(p.getFileName().toString()).matches())
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> "<p>" + link(p, p.getFileName().toString()) + "</p>")
                    .orElse("<p class=\"none\">No audit yet: run <code>" + escape(Launcher.command())
                            + " audit</code>.</p>");
        }
    }

    /** A link relative to the outbox, so the page opens offline wherever the outbox is copied. */
    private String link(Path target, String label) {
        String href = outbox.root().relativize(target).toString().replace('\\', '/');
        return "<a href=\"" + escape(href) + "\">" + escape(label) + "</a>";
    }
}
