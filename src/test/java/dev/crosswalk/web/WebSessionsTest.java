package dev.crosswalk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.config.StartRefused;
import dev.crosswalk.erasure.ErasureKey;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.TestCrosswalk;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time-bound parts of signing in, on a clock the test moves (and once over HTTP, with a session of seconds), and
 * where the pages may be served.
 */
class WebSessionsTest {

    /** A clock the test sets. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-06T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final Pattern SIGN_IN = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)/sign-in\\?token=(\\S+)");

    @TempDir
    Path home;

    @Test
    void aSessionEndsAtItsExpiry() {
        MovableClock clock = new MovableClock();
        Sessions sessions = new Sessions(Duration.ofMinutes(480), clock);
        Sessions.Opened opened = sessions.open("Kim");
        assertNotNull(sessions.find(opened.cookie()));
        clock.now = clock.now.plus(Duration.ofMinutes(480));
        assertNotNull(sessions.find(opened.cookie()), "still open at its last instant");
        clock.now = clock.now.plusSeconds(1);
        assertNull(sessions.find(opened.cookie()), "expired");
        clock.now = clock.now.minus(Duration.ofHours(1));
        assertNull(sessions.find(opened.cookie()), "an expired session is forgotten, not revived");
        assertNull(sessions.find("unknown"));
        assertNull(sessions.find(null));
    }

    @Test
    void anExpiredSessionsCookieIsRefusedOverHttp() throws Exception {
        long life = 4_000;
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true,
                Map.of("crosswalk.web.session-minutes", Double.toString(life / 60_000.0)))) {
            Matcher link = SIGN_IN.matcher(crosswalk.runtime().readyLine());
            assertTrue(link.find(), crosswalk.runtime().readyLine());
            WebClient client = new WebClient(link.group(1));
            long signedIn = System.nanoTime();
            HttpResponse<String> signed = client.post("/sign-in", List.of("token", link.group(2)), "Origin",
                    link.group(1));
            String cookie = signed.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(cookie.endsWith("Max-Age=4"), cookie);
            cookie = cookie.substring(0, cookie.indexOf(';'));
            HttpResponse<String> live = client.get("/decisions", "Cookie", cookie);
            assertEquals(200, live.statusCode(), "answered within its life");
            String csrf = WebClient.csrf(live.body());
            Thread.sleep(Math.max(0, life + 500 - (System.nanoTime() - signedIn) / 1_000_000));

            HttpResponse<String> page = client.get("/decisions", "Cookie", cookie);
            assertEquals(401, page.statusCode());
            assertTrue(page.body().startsWith("Not signed in, or the session has ended"), page.body());
            assertTrue(page.body().contains("sign-in"), "it says how to sign in again: " + page.body());
            assertEquals(401, client.post("/undo", List.of("csrf", csrf), "Cookie", cookie, "Origin", link.group(1))
                    .statusCode(), "nor does it change anything");
        }
    }

    @Test
    void anExpiredSignInLinkIsRefusedOverHttp() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true, Map.of())) {
            Matcher link = SIGN_IN.matcher(crosswalk.runtime().readyLine());
            assertTrue(link.find(), crosswalk.runtime().readyLine());
            WebClient client = new WebClient(link.group(1));
            ErasureKey secret = ErasureKey.load(home.resolve("data/web.key"));
            MovableClock anHourAgo = new MovableClock();
            anHourAgo.now = Instant.now().minus(Duration.ofHours(1));
            String expired = new SignInLinks(secret, Duration.ofMinutes(15), anHourAgo).mint();

            HttpResponse<String> refused = client.post("/sign-in", List.of("token", expired), "Origin",
                    link.group(1));
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("This sign-in link is not valid"), refused.body());
            assertTrue(refused.headers().firstValue("Set-Cookie").isEmpty(), "no session for an expired link");

            anHourAgo.now = Instant.now();
            String fresh = new SignInLinks(secret, Duration.ofMinutes(15), anHourAgo).mint();
            HttpResponse<String> signed = client.post("/sign-in", List.of("token", fresh), "Origin", link.group(1));
            assertTrue(signed.headers().firstValue("Set-Cookie").isPresent(),
                    "the same secret's link within its life signs in: only the expiry refused the first");
        }
    }

    @Test
    void aSignInTokenWorksOnceAndOnlyUntilItExpires() {
        MovableClock clock = new MovableClock();
        ErasureKey secret = ErasureKey.load(home.resolve("data/web.key"));
        SignInLinks links = new SignInLinks(secret, Duration.ofMinutes(15), clock);
        String token = links.mint();
        assertTrue(token.matches("[0-9a-f]{32}\\.\\d+\\.[0-9a-f]{64}"), token);
        assertTrue(links.redeem(token));
        assertFalse(links.redeem(token), "reused");

        String late = links.mint();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertFalse(links.redeem(late), "expired");

        SignInLinks otherInstallation = new SignInLinks(ErasureKey.load(home.resolve("other.key")),
                Duration.ofMinutes(15), clock);
        assertFalse(links.redeem(otherInstallation.mint()), "signed with another secret");
        String mine = links.mint();
        String[] parts = mine.split("\\.");
        assertFalse(links.redeem(parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2]),
                "an expiry moved by hand breaks the signature");
        assertFalse(links.redeem("garbage"));
        assertFalse(links.redeem(null));
        assertTrue(new SignInLinks(ErasureKey.load(home.resolve("data/web.key")), Duration.ofMinutes(15), clock)
                .redeem(mine), "another process with the same secret file (crosswalk sign-in) mints valid tokens");
    }

    @Test
    void servingBeyondLoopbackNeedsATlsProxy() {
        record Case(String host, boolean proxy, boolean refused) {
        }
        for (Case c : new Case[] {new Case("127.0.0.1", false, false), new Case("localhost", false, false),
            new Case("::1", false, false), new Case("0.0.0.0", false, true), new Case("192.0.2.10", false, true),
            new Case("0.0.0.0", true, false)}) {
            WebSettings web = webSettings(CrosswalkSettings.load(Map.of("crosswalk.home", home.toString(),
                    "crosswalk.web.host", c.host(), "crosswalk.web.behind-tls-proxy", Boolean.toString(c.proxy()))));
            if (c.refused()) {
                StartRefused refused = assertThrows(StartRefused.class, web::refuseUnsafeBinding, c.toString());
                assertTrue(refused.getMessage().contains("crosswalk.web.behind-tls-proxy=true"), refused.getMessage());
            } else {
                web.refuseUnsafeBinding();
            }
        }
    }

    @Test
    void aTakenPortIsRefusedNamingTheSetting() throws Exception {
        try (java.net.ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            WebSettings web = webSettings(CrosswalkSettings.load(Map.of("crosswalk.web.port",
                    Integer.toString(taken.getLocalPort()))));
            StartRefused refused = assertThrows(StartRefused.class, web::refuseIfPortTaken);
            assertTrue(refused.getMessage().contains("crosswalk.web.port"), refused.getMessage());
        }
    }

    @Test
    void theHostsAPageMayNameAreTheBoundOneAndThePublicName() {
        WebSettings local = webSettings(CrosswalkSettings.load(Map.of("crosswalk.web.port", "9100")));
        assertEquals(Set.of("127.0.0.1:9100", "localhost:9100", "[::1]:9100"), local.allowedHosts());
        assertEquals("http://127.0.0.1:9100", local.baseUrl());
        WebSettings proxied = webSettings(CrosswalkSettings.load(Map.of("crosswalk.web.port", "9100",
                "crosswalk.web.host", "10.0.0.5", "crosswalk.web.behind-tls-proxy", "true",
                "crosswalk.web.public-name", "Crosswalk.Example.org")));
        assertEquals(Set.of("10.0.0.5:9100", "crosswalk.example.org"), proxied.allowedHosts());
        assertEquals("https://Crosswalk.Example.org", proxied.baseUrl());
    }

    /** The review's settings as the composition root reads them. */
    private static WebSettings webSettings(CrosswalkSettings settings) {
        return CompositionRoot.of(settings).web();
    }
}
