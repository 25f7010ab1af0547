package dev.crosswalk.cli;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Database;
import dev.crosswalk.report.NamedConflicts;
import dev.crosswalk.report.NamedConflicts.NamedConflict;
import dev.crosswalk.report.ReportWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"List review items with the person each is about, the value stored now and where and when "
            + "it came from, and how often which sources asked, most urgent first (opt-outs of protected "
            + "opt-ins, then ambiguous identities and duplicates, then locked overwrites, then blank fills), one "
            + "person's together. Answer one with 'resolve ID DECISION', many with 'resolve --batch N --reason R "
            + "DECISION', or drop a conflicts CSV with its decision column filled into inbox/review/.",
            "Exit codes: 0 listed, 1 error."})
public final class ConflictsCommand implements Callable<Integer> {

    private static final String FORMAT =
            "%-8s %-6s %-6s %-8s %-16s %-18s %-30s %-30s %-10s %-20s %-40s %-30s %-40s %s%n";

    @Option(names = "--open", description = "only the conflicts still open")
    boolean open;

    @Option(names = "--batch", paramLabel = "N", description = "only those raised by batch N")
    Long batch;

    @Option(names = "--json", description = "print the conflicts as a JSON array (snake_case keys)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Database db = Database.open(CrosswalkSettings.load())) {
            if (json) {
                List<NamedConflict> all = new ArrayList<>();
                NamedConflicts.forEach(db.dataSource(), batch, open, all::add);
                System.out.println(ReportWriter.JSON.writeValueAsString(all));
                return 0;
            }
            System.out.printf(FORMAT, "id", "batch", "line", "contact", "field", "reason", "current", "incoming",
                    "status", "resolved", "person", "lock", "current from", "asked");
            NamedConflicts.forEach(db.dataSource(), batch, open, k -> System.out.printf(FORMAT, k.id(), k.batch(),
                    text(k.line()), text(k.contactId()), k.field(), k.reason(), text(k.currentValue()),
                    text(k.incomingValue()), k.status(),
                    k.resolvedBy() == null ? "" : k.resolvedBy() + " (batch " + k.resolutionBatch() + ")",
                    person(k), k.lockLevel() == null ? "" : k.lockLevel() + (k.lockReason() == null ? ""
                            : " (" + k.lockReason() + ")"),
                    k.currentSource() == null ? "" : k.currentSource() + ", batch " + k.currentBatch() + ", "
                            + k.currentDate(), asked(k)));
        }
        return 0;
    }

    /** "10x by paypal (batches 7; 9)": how often the item's question was asked, by whom. */
    private static String asked(NamedConflict k) {
        return k.evidenceCount() + "x by " + text(k.sources()) + " (batches " + text(k.batches()) + ")";
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
