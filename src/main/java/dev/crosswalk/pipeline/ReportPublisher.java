package dev.crosswalk.pipeline;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.NamedConflicts.NamedConflict;
import dev.crosswalk.report.OutboxIndex;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.report.OwnerOnly;
import dev.crosswalk.report.ReportWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The import route's last stage: the batch's report (JSON and HTML) into outbox/reports/, its files made private,
 * and outbox/index.html rewritten; the report is handed on as the exchange's answer ({@link Headers#REPORT}).
 */
public final class ReportPublisher {

    private final ReportWriter reports;
    private final OwnerOnly ownerOnly;
    private final OutboxIndex index;

    public ReportPublisher(OwnerOnly ownerOnly, OutboxIndex index) {
        this.reports = new ReportWriter(ownerOnly);
        this.ownerOnly = ownerOnly;
        this.index = index;
    }

    public BatchReport publish(SettledBatch settled) {
        write(settled.report(), settled.outputs(), settled.listed());
        return settled.report();
    }

    /** {@code listed}: the conflicts the report's page shows. */
    void write(BatchReport report, OutputFiles outputs, List<NamedConflict> listed) {
        reports.write(report, outputs.reportJson(), outputs.reportHtml(), listed);
        outputs.written().values().forEach(path -> ownerOnly.file(Path.of(path)));
        index.write();
    }
}
