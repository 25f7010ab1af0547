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
 * Serves a report page the service wrote into outbox/ as it is, opened by links back to the review pages. Its own
 * style block is allowed by its hash (the policy stays 'self' for everything else); a report carries no script.
 */
final class ReportFiles {

    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>");

    /** The way back from a report to the pages: it opens the report's body. */
    static final String NAVIGATION = "<nav aria-label=\"Crosswalk\" class=\"crosswalk-nav\"><p>"
            + "<a href=\"/\"><u>Review</u></a> · <a href=\"/decisions\"><u>Decisions</u></a> · "
            + "<a href=\"/batches\"><u>Batches</u></a> · <a href=\"/audit\"><u>Audit</u></a></p></nav>";

    private ReportFiles() {
    }

    static void serve(Exchange exchange, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new WebRefused(404, "There is no " + file.getFileName() + " in the outbox.");
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            String page = new String(body, StandardCharsets.UTF_8);
            Matcher opened = BODY.matcher(page);
            if (opened.find()) {
                page = page.substring(0, opened.end()) + NAVIGATION + page.substring(opened.end());
                body = page.getBytes(StandardCharsets.UTF_8);
            }
            StringBuilder hashes = new StringBuilder();
            Matcher m = STYLE.matcher(page);
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
