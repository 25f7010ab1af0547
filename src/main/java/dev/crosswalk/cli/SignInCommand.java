package dev.crosswalk.cli;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.web.SignInLinks;
import dev.crosswalk.web.WebSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "sign-in", mixinStandardHelpOptions = true,
        description = {"Print a new sign-in link to the review pages of the running service (run). It works once, "
            + "for crosswalk.web.sign-in-minutes; it is signed with the installation's secret (crosswalk.web.key-file), "
            + "so only an account that can read that file can make one.",
            "Exit codes: 0 printed, 1 error."})
public final class SignInCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        WebSettings web = WebSettings.of(CrosswalkSettings.load());
        System.out.println(SignInLinks.of(web).url(web));
        return 0;
    }
}
