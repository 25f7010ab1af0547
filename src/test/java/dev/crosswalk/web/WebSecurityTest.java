package dev.crosswalk.web;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.ReportWriter;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.PayPalPayments;
import dev.crosswalk.support.TestCrosswalk;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review pages' defences, each over plain HTTP against the running service: sign-in tokens (none, wrong,
 * reused), the session cookie, CSRF tokens, Host and Origin checks, the security headers, escaping of exported
 * values, ids that are not numbers, and who is recorded as deciding.
 */
class WebSecurityTest {

    static final String SCRIPT_NAME = "<img src=x onerror=alert(1)>";
    private static final Pattern SIGN_IN = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)(/sign-in\\?token=\\S+)");

    @TempDir
    static Path home;
    static TestCrosswalk crosswalk;
    static int port;
    static WebClient client;
    static String origin;

    @BeforeAll
    static void start() throws Exception {
        port = freePort();
        crosswalk = TestCrosswalk.start(home, true, Map.of("crosswalk.web.port", Integer.toString(port)));
        KajabiPeople before = new KajabiPeople();
        KajabiPeople after = new KajabiPeople();
        for (String[] p : List.of(new String[] {"106604827", SCRIPT_NAME, "ann@example.com"},
                new String[] {"106604828", "Bob", "bob@example.com"}, new String[] {"106604829", "Cy", "cy@example.com"},
                new String[] {"106604830", "Dee", "dee@example.com"})) {
            Map<String, String> row = person(p[0], p[1], "Lee", p[2]);
            row.put("City (address_city)", "Boulder");
            before.person(row);
            Map<String, String> moved = new HashMap<>(row);
            moved.put("City (address_city)", "Denver");
            after.person(moved);
        }
        crosswalk.importFile(before.write(home.resolve("w1.csv")), "kajabi");
        // each person's values held by a lock a person set; the newer export contradicts every held city
        crosswalk.lockEveryContactByPerson("FULL_LOCK");
        crosswalk.importFile(after.write(home.resolve("w2.csv")), "kajabi");
        origin = "http://127.0.0.1:" + port;
        client = new WebClient(origin);
    }

    @AfterAll
    static void stop() {
        crosswalk.close();
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A fresh sign-in link as the ready line prints it: the path and query. */
    static String signInPath() {
        Matcher m = SIGN_IN.matcher(crosswalk.runtime().readyLine());
        assertTrue(m.find(), crosswalk.runtime().readyLine());
        return m.group(2);
    }

    /** Signs in as {@code by}: the session cookie ("name=value"). */
    static String signIn(String by) throws Exception {
        String path = signInPath();
        String token = path.substring(path.indexOf('=') + 1);
        HttpResponse<String> form = client.get(path);
        assertEquals(200, form.statusCode(), form.body());
        HttpResponse<String> signed = client.post("/sign-in", List.of("token", token, "by", by), "Origin", origin);
        assertEquals(303, signed.statusCode(), signed.body());
        String cookie = signed.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    /** The open LOCKED item of the person with this email (each test decides a person of its own, or none). */
    private static long lockedItem(String email) throws Exception {
        return ((Number) crosswalk.rows("select k.id from import_conflicts k join contacts c on c.id = k.contact_id "
                + "where k.reason = 'LOCKED' and k.status = 'open' and c.email = '" + email + "'").get(0).get("id"))
                .longValue();
    }

    @Test
    void theSecretIsAnOwnerOnlyFileAndTheSessionCookieIsStrict() throws Exception {
        Path key = home.resolve("data/web.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertFalse(crosswalk.runtime().readyLine().contains(Files.readString(key).strip()));
        String path = signInPath();
        HttpResponse<String> signed = client.post("/sign-in", List.of("token", path.substring(path.indexOf('=') + 1),
                "by", "Kim"), "Origin", origin);
        String cookie = signed.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.matches("crosswalk_session=[0-9a-f]{64}; HttpOnly; SameSite=Strict; Path=/; Max-Age=28800"),
                cookie);
        assertEquals("/", signed.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void withoutASessionNothingIsShown() throws Exception {
        HttpResponse<String> page = client.get("/decisions");
        assertEquals(401, page.statusCode());
        assertTrue(page.body().startsWith("Not signed in"), page.body());
        assertFalse(page.body().contains("Boulder"));
        assertEquals(401, client.get("/", "Cookie", "crosswalk_session=" + "ab".repeat(32)).statusCode());
    }

    @Test
    void signingOutEndsTheSessionOnlyWithItsCsrfToken() throws Exception {
        String cookie = signIn("Kim");
        String page = client.get("/", "Cookie", cookie).body();
        assertTrue(page.contains("action=\"/sign-out\""), "every page offers signing out");
        String csrf = WebClient.csrf(page);
        assertEquals(403, client.post("/sign-out", List.of(), "Cookie", cookie, "Origin", origin).statusCode());
        assertEquals(403, client.post("/sign-out", List.of("csrf", csrf), "Cookie", cookie, "Origin",
                "http://attacker.example").statusCode());
        assertEquals(200, client.get("/", "Cookie", cookie).statusCode(), "a refused sign-out ends nothing");

        HttpResponse<String> out = client.post("/sign-out", List.of("csrf", csrf), "Cookie", cookie, "Origin", origin);
        assertEquals(303, out.statusCode(), out.body());
        assertEquals("/sign-in", out.headers().firstValue("Location").orElseThrow());
        assertEquals("crosswalk_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0",
                out.headers().firstValue("Set-Cookie").orElseThrow());
        assertEquals(401, client.get("/", "Cookie", cookie).statusCode(), "the old cookie names nothing now");
        HttpResponse<String> signedOut = client.get("/sign-in");
        assertEquals(200, signedOut.statusCode());
        assertTrue(signedOut.body().contains("You are signed out"), signedOut.body());
    }

    @Test
    void aWrongOrReusedTokenSignsNobodyIn() throws Exception {
        String path = signInPath();
        String token = path.substring(path.indexOf('=') + 1);
        String forged = token.substring(0, token.length() - 4) + "0000";
        HttpResponse<String> wrong = client.post("/sign-in", List.of("token", forged), "Origin", origin);
        assertEquals(403, wrong.statusCode());
        assertTrue(wrong.body().contains("not valid"), wrong.body());
        assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty());
        assertEquals(403, client.post("/sign-in", List.of(), "Origin", origin).statusCode());

        assertEquals(303, client.post("/sign-in", List.of("token", token), "Origin", origin).statusCode());
        HttpResponse<String> reused = client.post("/sign-in", List.of("token", token), "Origin", origin);
        assertEquals(403, reused.statusCode());
        assertTrue(reused.headers().firstValue("Set-Cookie").isEmpty());
    }

    @Test
    void aForeignHostIsRefusedEvenWithASession() throws Exception {
        String cookie = signIn("Kim");
        // on a plain socket: the JDK's client will not send a Host of the caller's choosing
        WebClient.Raw rebound = client.getWithHost("/decisions", "attacker.example:" + port, "Cookie", cookie);
        assertEquals(421, rebound.status(), rebound.text());
        assertFalse(rebound.text().contains("Boulder"));
        assertFalse(rebound.text().contains("Denver"));
        assertEquals(421, client.getWithHost(signInPath(), "attacker.example:" + port).status());
        WebClient.Raw local = client.getWithHost("/decisions", "localhost:" + port, "Cookie", cookie);
        assertEquals(200, local.status(), local.text());
        assertTrue(local.text().contains("Boulder"), "the same request with a local Host is answered");
    }

    @Test
    void aChangeNeedsTheSessionsCsrfTokenAndThisOrigin() throws Exception {
        String cookie = signIn("Kim");
        String csrf = WebClient.csrf(client.get("/decisions", "Cookie", cookie).body());
        long item = lockedItem("cy@example.com");
        String path = "/decisions/" + item;

        HttpResponse<String> missing = client.post(path, List.of("decision", "KEEP"), "Cookie", cookie,
                "Origin", origin);
        assertEquals(403, missing.statusCode());
        assertTrue(missing.body().contains("CSRF"), missing.body());
        String otherSessions = WebClient.csrf(client.get("/decisions", "Cookie", signIn("Lee")).body());
        assertEquals(403, client.post(path, List.of("decision", "KEEP", "csrf", otherSessions), "Cookie", cookie,
                "Origin", origin).statusCode());
        HttpResponse<String> foreign = client.post(path, List.of("decision", "KEEP", "csrf", csrf), "Cookie", cookie,
                "Origin", "http://attacker.example");
        assertEquals(403, foreign.statusCode());
        assertTrue(foreign.body().contains("attacker.example"), foreign.body());
        assertEquals(403, client.post(path, List.of("decision", "KEEP", "csrf", csrf), "Cookie", cookie)
                .statusCode());
        assertEquals(403, client.post(path, List.of("decision", "KEEP", "csrf", csrf), "Cookie", cookie,
                "Referer", "http://attacker.example/page").statusCode());
        assertEquals(403, client.post("/sign-in", List.of("token", signInPath().substring(16)),
                "Origin", "http://attacker.example").statusCode());
        assertEquals(1, crosswalk.count("select count(*) from import_conflicts where id = " + item
                + " and status = 'open'"), "no refused request decided anything");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (HttpResponse<String> answer : List.of(client.get("/"), client.get(signInPath()),
                client.get("/", "Cookie", signIn("Kim")), client.get("/assets/review.css"))) {
            assertEquals("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
                    + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
                    answer.headers().firstValue("Content-Security-Policy").orElse(""), answer.uri().toString());
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""));
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(answer.headers().firstValue("Cookie").isEmpty(), "request headers are not echoed");
        }
    }

    @Test
    void aScriptInANameIsShownAsText() throws Exception {
        String page = client.get("/decisions", "Cookie", signIn("Kim")).body();
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), page);
        assertFalse(page.contains(SCRIPT_NAME));
    }

    @Test
    void anIdThatIsNotANumberIsA400() throws Exception {
        String cookie = signIn("Kim");
        String csrf = WebClient.csrf(client.get("/decisions", "Cookie", cookie).body());
        HttpResponse<String> answer = client.post("/decisions/12abc", List.of("decision", "KEEP", "csrf", csrf),
                "Cookie", cookie, "Origin", origin);
        assertEquals(400, answer.statusCode());
        assertEquals("id must be a number, not '12abc'\n", answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertEquals(400, client.get("/decisions?page=2x", "Cookie", cookie).statusCode());
        assertEquals(400, client.get("/batches/1%3Cb%3E/rollback", "Cookie", cookie).statusCode());
    }

    @Test
    void theNameGivenAtSignInIsRecordedWithTheDecision() throws Exception {
        String cookie = signIn("Kim Reviewer");
        String csrf = WebClient.csrf(client.get("/decisions", "Cookie", cookie).body());
        long item = lockedItem("bob@example.com");
        long started = System.nanoTime();
        HttpResponse<String> decided = client.post("/decisions/" + item, List.of("decision", "KEEP", "csrf", csrf,
                "back", "/decisions"), "Cookie", cookie, "Origin", origin);
        long roundTripMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(303, decided.statusCode(), decided.body());
        assertEquals("/decisions", decided.headers().firstValue("Location").orElseThrow());
        Map<String, Object> k = crosswalk.rows("select status, resolved_by, resolution_batch_id from import_conflicts "
                + "where id = " + item).get(0);
        assertEquals("kept", k.get("status"));
        assertEquals("Kim Reviewer", k.get("resolved_by"));
        long batch = ((Number) k.get("resolution_batch_id")).longValue();
        assertEquals("review", crosswalk.rows("select kind from import_batches where id = " + batch).get(0)
                .get("kind"));
        BatchReport report = ReportWriter.read(crosswalk.outbox().resolve("reports/" + batch + "-report.json"));
        assertEquals("applied", report.status(), report.message());
        // the same decision again, warm: each is a whole review batch answered "already resolved"
        List<Long> again = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            assertEquals(303, client.post("/decisions/" + item, List.of("decision", "KEEP", "csrf", csrf),
                    "Cookie", cookie, "Origin", origin).statusCode());
            again.add((System.nanoTime() - t) / 1_000_000);
        }
        System.out.println("One decision posted from the page: " + roundTripMs + " ms round trip, its review batch "
                + report.durationMs() + " ms in the service; the same post again, warm: " + again + " ms");
    }

    @Test
    void aPersonIsShownAndForgottenOnlyAfterTheirEmailIsTyped() throws Exception {
        String cookie = signIn("Kim");
        String csrf = WebClient.csrf(client.get("/person?q=dee@example.com", "Cookie", cookie).body());
        HttpResponse<String> shown = client.post("/person", List.of("q", "dee@example.com", "csrf", csrf),
                "Cookie", cookie, "Origin", origin);
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains("dee@example.com") && shown.body().contains("Forget for good"));

        HttpResponse<String> mistyped = client.post("/person/forget", List.of("q", "dee@example.com", "confirm",
                "dee@example.co", "csrf", csrf), "Cookie", cookie, "Origin", origin);
        assertEquals(400, mistyped.statusCode());
        assertEquals(1, crosswalk.count("select count(*) from contact_emails where email = 'dee@example.com'"));

        HttpResponse<String> forgotten = client.post("/person/forget", List.of("q", "dee@example.com", "confirm",
                "DEE@example.com", "csrf", csrf), "Cookie", cookie, "Origin", origin);
        assertEquals(303, forgotten.statusCode(), forgotten.body());
        assertEquals(0, crosswalk.count("select count(*) from contact_emails where email = 'dee@example.com'"));
        assertEquals(1, crosswalk.count("select count(*) from import_batches where kind = 'erasure'"));
    }

    @Test
    void aBatchReportIsServedWithOnlyItsOwnStyleAllowed() throws Exception {
        String cookie = signIn("Kim");
        HttpResponse<String> report = client.get("/batches/1/report", "Cookie", cookie);
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("<style>"));
        String policy = report.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.matches(".*style-src 'self' 'sha256-[A-Za-z0-9+/=]+'; script-src 'self';.*"), policy);
        assertTrue(report.body().contains(ReportFiles.NAVIGATION), "a served report leads back to the pages");
        CompositionRoot.on(crosswalk.runtime().settings(), crosswalk.dataSource()).audit().runNow();
        HttpResponse<String> audit = client.get("/audit", "Cookie", cookie);
        assertEquals(200, audit.statusCode());
        assertTrue(audit.body().contains(ReportFiles.NAVIGATION), "so does the audit page");
        assertEquals(404, client.get("/batches/99999/report", "Cookie", cookie).statusCode());
        HttpResponse<String> rollback = client.get("/batches/2/rollback", "Cookie", cookie);
        assertEquals(200, rollback.statusCode());
        assertTrue(rollback.body().contains("Roll back batch 2"), rollback.body());
    }

    @Test
    void theRollbackPageCountsAndListsTheTransactionsABatchInserted() throws Exception {
        String cookie = signIn("Kim");
        BatchReport paid = crosswalk.importFile(new PayPalPayments()
                .payment("0XG02A4F70310002N", "1/1/2018", "Bob Lee", "bob@example.com", "Completed", "60.00", "-2.04")
                .payment("1BB02A4F70310003M", "1/2/2018", "Eve Moss", "eve@example.org", "Completed", "20.00", "-0.88")
                .write(home.resolve("paypal.csv")), "paypal");
        assertEquals("applied", paid.status(), paid.message());
        long bobs = crosswalk.count("select id from transactions where external_id = '0XG02A4F70310002N'");
        long eve = crosswalk.count("select id from contacts where email = 'eve@example.org'");

        HttpResponse<String> page = client.get("/batches/" + paid.batch() + "/rollback", "Cookie", cookie);

        assertEquals(200, page.statusCode());
        String body = page.body();
        // the transactions and the payer it created name the batch: no audit row each, counted and shown all the same
        assertTrue(body.contains("<tr><td>transactions</td><td>insert</td><td></td><td class=\"n\">2</td></tr>"), body);
        assertTrue(body.contains("<tr><td>contacts</td><td>insert</td><td></td><td class=\"n\">1</td></tr>"), body);
        assertTrue(body.contains("<tr><td>transactions</td><td class=\"n\">" + bobs
                + "</td><td>insert</td><td></td><td></td><td>0XG02A4F70310002N</td></tr>"), body);
        assertTrue(body.contains("<tr><td>contacts</td><td class=\"n\">" + eve
                + "</td><td>insert</td><td></td><td></td><td>eve@example.org</td></tr>"), body);
        long recorded = crosswalk.count("select count(*) from import_audit_log where batch_id = " + paid.batch());
        assertTrue(body.contains("<strong id=\"undo-count\">" + (3 + recorded) + "</strong>"), body);
    }
}
