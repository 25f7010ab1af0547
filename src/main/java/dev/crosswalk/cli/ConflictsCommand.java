package dev.crosswalk.cli;

import dev.crosswalk.cli.Listing.Column;
import dev.crosswalk.report.NamedConflicts.NamedConflict;
import dev.crosswalk.report.NamedConflicts;
import dev.crosswalk.report.ReportWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"List review items with the person each is about, the value stored now and where and when "
            + "it came from, and how often which sources asked, most urgent first (opt-outs of protected "
            + "opt-ins, then ambiguous identities and duplicates, then locked overwrites, then blank fills), one "
            + "person's together. Answer one with 'resolve ID DECISION', many with 'resolve --batch N --reason R "
            + "DECISION', or drop a conflicts CSV with its decision column filled into inbox/review/.",
            "Exit codes: 0 listed, 1 error."})
public final class ConflictsCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Option(names = "--open", description = "only the conflicts still open")
    boolean open;

    @Option(names = "--batch", paramLabel = "N", description = "only those raised by batch N")
    Long batch;

    @Option(names = "--json", description = "print the conflicts as a JSON array (snake_case keys)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (json) {
            List<NamedConflict> all = new ArrayList<>();
            NamedConflicts.forEach(root.get().dataSource(), batch, open, all::add);
            System.out.println(ReportWriter.JSON.writeValueAsString(all));
            return 0;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        NamedConflicts.forEach(root.get().dataSource(), batch, open, k -> rows.add(row(k)));
        new Listing(Column.number("id", "id"), Column.number("batch", "batch"), Column.number("line", "line"),
                Column.number("contact", "contact"), Column.text("field", "field"),
                Column.word("reason", "reason"), Column.text("current", "current"),
                Column.text("incoming", "incoming"), Column.word("status", "status"),
                Column.name("person", "person"), Column.word("lock", "lock"), Column.number("asked", "asked"))
                .addAll(rows).print(System.out, false);
        return 0;
    }

    /** A conflict as a line of the table (within 120 columns; --json has every field, whole). */
    private static Map<String, Object> row(NamedConflict k) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", k.id());
        row.put("batch", k.batch());
        row.put("line", k.line());
        row.put("contact", k.contactId());
        row.put("field", k.field());
        row.put("reason", k.reason());
        row.put("current", k.currentValue());
        row.put("incoming", k.incomingValue());
        row.put("status", k.status());
        row.put("person", person(k));
        row.put("lock", k.lockLevel());
        // how often the item's question was asked (sources, batches and lines: --json)
        row.put("asked", k.evidenceCount());
        return row;
    }

    private static String person(NamedConflict k) {
        String name = text(k.contactName());
        String email = k.primaryEmail() == null ? "" : "<" + k.primaryEmail() + ">";
        return (name + " " + email).strip();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
