package dev.crosswalk.web;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Answers: the request's headers are dropped first (the HTTP server would echo every message header back), then
 * the status, type and body are set. {@link WebGuard#secure} adds the security headers to every answer.
 */
final class WebResponse {

    /** The session cookie to set with this answer (sign-in). */
    static final String SET_COOKIE = "crosswalkSetCookie";

    private WebResponse() {
    }

    static void html(Exchange exchange, int status, String html) {
        answer(exchange, status, "text/html; charset=utf-8", html);
    }

    static void text(Exchange exchange, int status, String text) {
        answer(exchange, status, "text/plain; charset=utf-8", text + "\n");
    }

    static void bytes(Exchange exchange, String type, byte[] body) {
        answer(exchange, 200, type, body);
    }

    /** After a POST: the page to show next (303, so a reload does not post again). */
    static void seeOther(Exchange exchange, String location) {
        answer(exchange, 303, "text/plain; charset=utf-8", "See " + location + "\n");
        exchange.getMessage().setHeader("Location", location);
    }

    private static void answer(Exchange exchange, int status, String type, Object body) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        String cookie = exchange.getProperty(SET_COOKIE, String.class);
        if (cookie != null) {
            message.setHeader("Set-Cookie", cookie);
        }
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, type);
        message.setBody(body);
    }
}
