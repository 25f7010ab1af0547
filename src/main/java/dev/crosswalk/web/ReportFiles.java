package dev.crosswalk.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;

/**
 * Serves a report page the service wrote into outbox/ as it is. Its own style block is allowed by its hash (the
 * policy stays 'self' for everything else); a report carries no script.
 */
final class ReportFiles {

    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private ReportFiles() {
    }

    static void serve(Exchange exchange, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new WebRefused(404, "There is no " + file.getFileName() + " in the outbox.");
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            StringBuilder hashes = new StringBuilder();
            Matcher m = STYLE.matcher(new String(body, StandardCharsets.UTF_8));
            while (m.find()) {
                hashes.append(hashes.length() == 0 ? "" : " ").append("'sha256-").append(sha256(m.group(1)))
                        .append('\'');
            }
            exchange.setProperty(WebGuard.STYLE_HASHES, hashes.toString());
        }
        WebResponse.bytes(exchange, name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".json") ? "application/json" : "text/csv; charset=utf-8", body);
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
