package dev.crosswalk.web;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain HTTP against the review pages, the way a browser (or an attacker) would send it: any Host, Origin and
 * cookie can be set. Redirects are not followed, so each answer is seen as sent.
 */
final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    WebClient(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    HttpResponse<String> post(String path, List<String> form, String... headers) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < form.size(); i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(form.get(i), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(form.get(i + 1), StandardCharsets.UTF_8));
        }
        List<String> all = new ArrayList<>(List.of(headers));
        all.addAll(List.of("Content-Type", "application/x-www-form-urlencoded"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), all.toArray(String[]::new));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) throws Exception {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An answer read off a plain socket: its status and everything after the status line (headers and body). */
    record Raw(int status, String text) {
    }

    /**
     * A GET with a Host header of the caller's choosing, written by hand on a socket: the JDK's client refuses to
     * set Host unless {@code jdk.httpclient.allowRestrictedHeaders} was set before it first loaded, which another
     * test class in the same JVM may already have done without it.
     */
    Raw getWithHost(String path, String host, String... headers) throws Exception {
        URI uri = URI.create(base);
        StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\nHost: ").append(host)
                .append("\r\nConnection: close\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            Matcher status = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(text);
            if (!status.find()) {
                throw new AssertionError("not an HTTP answer: " + text);
            }
            return new Raw(Integer.parseInt(status.group(1)), text.substring(text.indexOf('\n') + 1));
        }
    }

    /** The CSRF token a page's forms carry. */
    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page: " + page);
        }
        return m.group(1);
    }
}
