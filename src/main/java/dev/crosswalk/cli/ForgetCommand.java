package dev.crosswalk.cli;

import dev.crosswalk.erasure.ErasureService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "forget", mixinStandardHelpOptions = true,
        description = {"Erase a person on request (one batch of kind erasure): their names, emails, phones, "
            + "addresses, tags, products and source ids go from every table, the history and the outbox; their "
            + "transactions and subscriptions stay on an anonymous contact; later imports skip them. The report "
            + "names only the contact id. Cannot be rolled back.",
            "Exit codes: 0 erased (or previewed), 2 refused (no such person, or the email reaches two people), "
                + "1 error."})
public final class ForgetCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Parameters(paramLabel = "EMAIL|CONTACT_ID", description = "an email the person has or had, or a contact id")
    String target;

    @Option(names = "--by", description = "who erases (default: the OS user)")
    String by = System.getProperty("user.name");

    @Option(names = "--reason", description = "why, e.g. the request's reference (kept on the anonymous contact)")
    String reason;

    @Option(names = "--preview", description = "count what would be erased and list the outbox files; change nothing")
    boolean preview;

    @Option(names = "--json", description = "print only the report JSON on stdout")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ErasureService.Result result = root.get().erasure()
                .forget(target, by, reason, preview);
        if (result.refusal() != null) {
            throw new Refused(result.refusal());
        }
        return ReportCommand.print(result.report(), json);
    }
}
