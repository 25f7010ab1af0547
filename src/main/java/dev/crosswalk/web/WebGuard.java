package dev.crosswalk.web;

import dev.crosswalk.config.Launcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks every request passes before a page or an action sees it, and the headers every answer carries. Each
 * route of routes/review-web.camel.yaml calls one check first: {@link #open} (the sign-in page, the style sheet),
 * {@link #signIn} (redeeming a sign-in link), {@link #page} (a page) or {@link #action} (a POST that changes
 * something). A failed check throws {@link WebRefused}; {@link #refuse} answers it.
 */
public final class WebGuard {

    private static final Logger LOG = LoggerFactory.getLogger(WebGuard.class);

    /** Nothing from elsewhere, no inline script or style, no framing, forms only back to this service. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; "
            + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** The hashes of a served report's own style blocks, the only inline styles a page may apply. */
    static final String STYLE_HASHES = "crosswalkStyleHashes";

    private final WebSettings settings;
    private final Sessions sessions;
    private final Set<String> hosts;

    public WebGuard(WebSettings settings, Sessions sessions) {
        this.settings = settings;
        this.sessions = sessions;
        this.hosts = settings.allowedHosts();
    }

    /** Any request: it must name this service as its host (a rebound DNS name reaches us naming another). */
    public void open(Exchange exchange) {
        String host = host(exchange);
        if (!hosts.contains(host)) {
            throw new WebRefused(421, "This service answers to " + String.join(" or ", hosts) + ", not to '"
                    + host + "'.");
        }
    }

    /** Redeeming a sign-in link: the host, and a form posted from this service's own page. */
    public void signIn(Exchange exchange) {
        open(exchange);
        sameOrigin(exchange);
    }

    /** A page: the host, and a live session. */
    public void page(Exchange exchange) {
        open(exchange);
        Session session = sessions.find(cookie(exchange));
        if (session == null) {
            throw new WebRefused(401, "Not signed in, or the session has ended: open the sign-in link the service "
                    + "printed when it started, or print a new one with: " + Launcher.command() + " sign-in");
        }
        exchange.setProperty(WebRequest.SESSION, session);
    }

    /** A change: a page's checks, posted from this service's own page, carrying the session's CSRF token. */
    public void action(Exchange exchange) {
        page(exchange);
        sameOrigin(exchange);
        String token = WebRequest.param(exchange, "csrf");
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                WebRequest.session(exchange).csrf().getBytes(StandardCharsets.UTF_8))) {
            throw new WebRefused(403, "This form is missing its CSRF token or carries another session's: reload "
                    + "the page and try again.");
        }
    }

    /** The Origin header (or, when a browser sends none, the Referer) must be this service. */
    private void sameOrigin(Exchange exchange) {
        String origin = exchange.getIn().getHeader("Origin", String.class);
        if (origin == null || origin.isBlank()) {
            String referer = exchange.getIn().getHeader("Referer", String.class);
            origin = referer == null ? "" : referer.replaceFirst("^(https?://[^/]+).*$", "$1");
        }
        String host = origin.strip().toLowerCase().replaceFirst("^https?://", "");
        if (!origin.matches("(?i)https?://.+") || !hosts.contains(host)) {
            throw new WebRefused(403, "Refused a form sent from '" + origin + "': changes are accepted only from "
                    + "this service's own pages.");
        }
    }

    /**
     * The host the request names. The HTTP server keeps the Host header out of the message (a header filter) but
     * builds the request's absolute URL from it: its authority is what the client asked for.
     */
    private static String host(Exchange exchange) {
        String url = exchange.getIn().getHeader(Exchange.HTTP_URL, "", String.class);
        try {
            String authority = URI.create(url).getRawAuthority();
            return authority == null ? "" : authority.toLowerCase();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String cookie(Exchange exchange) {
        String header = exchange.getIn().getHeader("Cookie", String.class);
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && Sessions.COOKIE.equals(pair[0])) {
                return pair[1];
            }
        }
        return null;
    }

    /** The cookie that carries a new session: script cannot read it, no other site sends it, it ends. */
    String sessionCookie(String id) {
        return Sessions.COOKIE + "=" + id + "; HttpOnly; SameSite=Strict; Path=/; Max-Age="
                + sessions.life().toSeconds() + (settings.behindTlsProxy() ? "; Secure" : "");
    }

    /** The cookie that clears the session's on signing out. */
    String endedCookie() {
        return Sessions.COOKIE + "=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"
                + (settings.behindTlsProxy() ? "; Secure" : "");
    }

    /** Answers what a route caught: a refusal with its status and sentence, anything else as a logged 500. */
    public void refuse(Exchange exchange) {
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (caught instanceof WebRefused refused) {
            WebResponse.text(exchange, refused.status(), refused.getMessage());
        } else {
            LOG.warn("The review page {} failed", exchange.getIn().getHeader(Exchange.HTTP_PATH), caught);
            WebResponse.text(exchange, 500, "Something went wrong on the service's side: "
                    + (caught == null ? "unknown" : caught.getMessage()) + ". Nothing was changed by this request "
                    + "unless the batches page lists a new batch.");
        }
    }

    /** The headers every answer carries, the refusals included. */
    public void secure(Exchange exchange) {
        Message message = exchange.getMessage();
        String styles = exchange.getProperty(STYLE_HASHES, "", String.class);
        message.setHeader("Content-Security-Policy", styles.isEmpty() ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' " + styles));
        message.setHeader("X-Content-Type-Options", "nosniff");
        message.setHeader("Referrer-Policy", "same-origin");
        message.setHeader("Cache-Control", "no-store");
        message.setHeader("X-Frame-Options", "DENY");
    }
}
