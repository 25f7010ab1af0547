package dev.crosswalk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.camel.Exchange;

/** The style sheet and the keyboard script, read once from the jar; the only files the pages load. */
public final class Assets {

    private final Map<String, byte[]> files = Map.of(
            "review.css", read("review.css"), "review.js", read("review.js"));

    public void serve(Exchange exchange) {
        String name = exchange.getIn().getHeader("name", "", String.class);
        byte[] body = files.get(name);
        if (body == null) {
            throw new WebRefused(404, "No such file: " + name);
        }
        WebResponse.bytes(exchange, name.endsWith(".css") ? "text/css; charset=utf-8"
                : "text/javascript; charset=utf-8", body);
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/web/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
