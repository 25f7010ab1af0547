package dev.crosswalk.cli;

import dev.crosswalk.web.SignInLinks;
import dev.crosswalk.web.WebSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sign-in", mixinStandardHelpOptions = true,
        description = {"Print a new sign-in link to the review pages of the running service (run). It works once, "
            + "for crosswalk.web.sign-in-minutes; it is signed with the installation's secret (crosswalk.web.key-file), "
            + "so only an account that can read that file can make one.",
            "Exit codes: 0 printed, 1 error."})
public final class SignInCommand implements Callable<Integer> {

    /** The settings, the database and the services, from the composition root. */
    @Mixin
    Root root;

    @Override
    public Integer call() {
        WebSettings web = root.get().web();
        System.out.println(SignInLinks.of(web).url(web));
        return 0;
    }
}
