package dev.crosswalk.cli;

import dev.crosswalk.audit.AuditReport;
import dev.crosswalk.report.ReportWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Run the data audit now: every audit_* view into outbox/reports/audit-<date>.html and .json.",
            "The same audit the service runs on its schedule (crosswalk.audit.cron)."})
public final class AuditCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Option(names = "--json", description = "print the audit JSON on stdout instead of where it was written")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AuditReport report = root.get().audit().runNow();
        if (json) {
            System.out.println(ReportWriter.JSON.writeValueAsString(report.document()));
        } else {
            System.out.println("Audit run " + report.run() + " written:");
            System.out.println("  " + report.html());
            System.out.println("  " + report.json());
        }
        return 0;
    }
}
