package dev.crosswalk.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Exchange;

/** What a request asks: its form fields and query parameters, its ids (numbers or a 400), its session. */
final class WebRequest {

    static final String SESSION = "crosswalkSession";
    private static final String FORM = "crosswalkForm";

    private WebRequest() {
    }

    /** A parameter of the form body or the query string; null when absent. */
    static String param(Exchange exchange, String name) {
        String value = form(exchange).get(name);
        if (value == null) {
            value = exchange.getIn().getHeader(name, String.class);
        }
        return value;
    }

    static String param(Exchange exchange, String name, String absent) {
        String value = param(exchange, name);
        return value == null || value.isBlank() ? absent : value.strip();
    }

    /** A parameter that must be a whole number (an id, a page): anything else is answered 400 with a sentence. */
    static long id(Exchange exchange, String name) {
        String value = param(exchange, name);
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            throw new WebRefused(400, name + " must be a number, not '" + (value == null ? "" : value) + "'");
        }
        return Long.parseLong(value.strip());
    }

    /** {@link #id} when given, else null. */
    static Long optionalId(Exchange exchange, String name) {
        String value = param(exchange, name);
        return value == null || value.isBlank() ? null : id(exchange, name);
    }

    static Session session(Exchange exchange) {
        return exchange.getProperty(SESSION, Session.class);
    }

    /** The url-encoded form body, parsed once per request. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> form(Exchange exchange) {
        Map<String, String> parsed = exchange.getProperty(FORM, Map.class);
        if (parsed != null) {
            return parsed;
        }
        parsed = new HashMap<>();
        String type = exchange.getIn().getHeader(Exchange.CONTENT_TYPE, "", String.class);
        String body = type.startsWith("application/x-www-form-urlencoded")
                ? exchange.getIn().getBody(String.class) : null;
        if (body != null) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    parsed.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        exchange.setProperty(FORM, parsed);
        return parsed;
    }
}
