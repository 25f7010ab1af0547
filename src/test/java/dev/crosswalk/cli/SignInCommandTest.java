package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.web.SignInLinks;
import dev.crosswalk.web.WebSettings;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code crosswalk sign-in}: a new one-time link, signed with the installation's secret file. */
class SignInCommandTest extends CommandLineTestBase {

    @Test
    void printsALinkTheServiceAcceptsOnce() throws Exception {
        assertEquals(0, run("sign-in"));
        Matcher link = Pattern.compile("http://127\\.0\\.0\\.1:8766/sign-in\\?token=(\\S+)").matcher(out().strip());
        assertTrue(link.matches(), out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                home.resolve("data/web.key"))));
        // what the running service does with it: the same secret file, a fresh set of spent tokens
        SignInLinks service = SignInLinks.of(webSettings(CrosswalkSettings.load()));
        assertTrue(service.redeem(link.group(1)));
        assertFalse(service.redeem(link.group(1)));
    }

    /** The review's settings as the composition root reads them. */
    private static WebSettings webSettings(CrosswalkSettings settings) {
        return CompositionRoot.of(settings).web();
    }
}
