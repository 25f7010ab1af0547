package dev.crosswalk.cli;

import dev.crosswalk.merge.DuplicateFinder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"List likely duplicate contacts (same normalised name and phone, or name and postal code, "
            + "different emails) with a score, as outbox/reports/<batch>-duplicates.csv. Write MERGE in its "
            + "decision column and drop it into inbox/review/ to merge them.", "Exit codes: 0 listed, 1 error."})
public final class DuplicatesCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        try (OpenDatabase db = OpenDatabase.open()) {
            return ReportCommand.print(new DuplicateFinder(db.database().dataSource(), db.settings()).find(), false);
        }
    }
}
