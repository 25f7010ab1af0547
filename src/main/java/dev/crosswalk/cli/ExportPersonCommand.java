package dev.crosswalk.cli;

import dev.crosswalk.erasure.PersonExport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "export-person", mixinStandardHelpOptions = true,
        description = {"Answer an access request: write everything Crosswalk holds about a person (every contact "
            + "merged with them, emails, ids, tags, products, subscriptions, transactions, consent history, "
            + "conflicts, merges, field history) as one JSON file to outbox/reports/ (owner-only), and print its path.",
            "Exit codes: 0 written, 2 refused (no such person, or the email reaches two people), 1 error."})
public final class ExportPersonCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Parameters(paramLabel = "EMAIL|CONTACT_ID", description = "an email the person has or had, or a contact id")
    String target;

    @Override
    public Integer call() throws Exception {
        PersonExport.Result result = root.get().personExport().export(target);
        if (result.refusal() != null) {
            throw new Refused(result.refusal());
        }
        System.out.println("Everything held about contact " + result.contact() + ": " + result.file());
        return 0;
    }
}
