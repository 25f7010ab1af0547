package dev.crosswalk.cli;

import dev.crosswalk.locks.LockService;
import dev.crosswalk.model.LockLevel;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "locks", mixinStandardHelpOptions = true, description = "Lock levels: classify them, or set one.",
        subcommands = {LocksCommand.Classify.class, LocksCommand.Set.class})
public final class LocksCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "classify", mixinStandardHelpOptions = true,
            description = {"Set every contact's lock level by the rules in docs/review.md (manual edits or 3+ sources: FULL_LOCK; "
                + "2 sources: PARTIAL_LOCK; one: UNLOCKED), never lowering a level a person set, and show the "
                + "distribution per source before and after.", "Exit codes: 0 done, 1 error."})
    static final class Classify implements Callable<Integer> {

        /** The settings, the database and the services, from the composition root. */
        @Mixin
        Root root;

        @Option(names = "--preview", description = "compute and report, change nothing")
        boolean preview;

        @Override
        public Integer call() throws Exception {
            LockService locks = root.get().locks();
            return ReportCommand.print(locks.classify(preview), false, "locks");
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Set one contact's lock level by hand (lock_reason 'person: <who> on <date>'); "
                + "classification never lowers it.", "Exit codes: 0 set, 2 no such contact, 1 error."})
    static final class Set implements Callable<Integer> {

        /** The settings, the database and the services, from the composition root. */
        @Mixin
        Root root;

        @Parameters(index = "0", paramLabel = "ID", description = "the contact id")
        long contact;

        @Parameters(index = "1", paramLabel = "LEVEL", description = "FULL_LOCK, PARTIAL_LOCK or UNLOCKED")
        LockLevel level;

        @Option(names = "--by", description = "who sets it (default: the OS user)")
        String by = System.getProperty("user.name");

        @Override
        public Integer call() throws Exception {
            if (!root.get().locks().set(contact, level, by)) {
                throw new Refused("no contact " + contact);
            }
            System.out.println("Contact " + contact + " is " + level + " (set by " + by + ").");
            return 0;
        }
    }
}
