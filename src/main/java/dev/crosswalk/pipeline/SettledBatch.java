package dev.crosswalk.pipeline;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.NamedConflicts.NamedConflict;
import dev.crosswalk.report.OutputFiles;
import java.util.List;

/**
 * A batch whose outcome is known — finished (committed or, a preview, rolled back) or found a duplicate, before
 * its transaction or at its commit — as the archive and the report stage take it: its request (where the file
 * goes), the report, the files it names and the conflicts its page lists.
 */
record SettledBatch(ImportRequest request, BatchReport report, OutputFiles outputs, List<NamedConflict> listed)
        implements DuplicateCheck.Outcome {
}
