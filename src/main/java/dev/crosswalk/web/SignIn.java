package dev.crosswalk.web;

import static dev.crosswalk.report.Html.escape;

import dev.crosswalk.config.Launcher;
import org.apache.camel.Exchange;

/**
 * The way in: the printed link opens a page asking for the name to record with each decision; posting it spends
 * the link's one-time token and opens a session (its cookie set on the answer); signing out ends it.
 */
public final class SignIn {

    private final SignInLinks links;
    private final Sessions sessions;
    private final WebGuard guard;
    private final String osUser;

    public SignIn(SignInLinks links, Sessions sessions, WebGuard guard, String osUser) {
        this.links = links;
        this.sessions = sessions;
        this.guard = guard;
        this.osUser = osUser;
    }

    public void form(Exchange exchange) {
        String token = WebRequest.param(exchange, "token", "");
        if (token.isEmpty()) {
            WebResponse.html(exchange, 200, Page.render("Signed out", null, "/sign-in", "<p>You are signed out "
                    + "(or opened the sign-in page without its link). The service printed a sign-in link when it "
                    + "started; <code>" + escape(Launcher.command()) + " sign-in</code> prints a new one.</p>"));
            return;
        }
        WebResponse.html(exchange, 200, Page.render("Sign in", null, "/sign-in",
                "<form method=\"post\" action=\"/sign-in\" aria-label=\"Sign in\">" + Page.hidden("token", token)
                + "<p><label for=\"by\">Your name, recorded with every decision you make here</label> "
                + "<input id=\"by\" name=\"by\" autocomplete=\"name\" maxlength=\"80\" placeholder=\""
                + escape(osUser) + "\" autofocus></p><p><button type=\"submit\">Sign in</button></p>"
                + "<p class=\"hint\">Left blank, decisions are recorded as " + escape(osUser) + ". The link works "
                + "once; <code>" + escape(Launcher.command()) + " sign-in</code> prints a new one.</p></form>"));
    }

    public void redeem(Exchange exchange) {
        if (!links.redeem(WebRequest.param(exchange, "token"))) {
            throw new WebRefused(403, "This sign-in link is not valid: it was used already, has expired or was not "
                    + "made by this installation. Print a new one with: " + Launcher.command() + " sign-in");
        }
        String by = WebRequest.param(exchange, "by", osUser).replaceAll("\\p{Cntrl}", " ");
        Sessions.Opened opened = sessions.open(by.length() > 80 ? by.substring(0, 80) : by);
        exchange.setProperty(WebResponse.SET_COOKIE, guard.sessionCookie(opened.cookie()));
        opened.session().notice("Signed in as " + opened.session().by() + ".");
        WebResponse.seeOther(exchange, "/");
    }

    /** Ends the session: its cookie is cleared and names nothing any more, even if a copy of it was kept. */
    public void signOut(Exchange exchange) {
        sessions.close(WebRequest.session(exchange));
        exchange.setProperty(WebResponse.SET_COOKIE, guard.endedCookie());
        WebResponse.seeOther(exchange, "/sign-in");
    }
}
