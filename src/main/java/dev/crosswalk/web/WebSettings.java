package dev.crosswalk.web;

import dev.crosswalk.config.StartRefused;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The crosswalk.web.* settings (read by the composition root), and the one rule on where the review may be served.
 */
public record WebSettings(boolean enabled, String host, int port, boolean behindTlsProxy, String publicName,
        Path keyFile, Duration signInLife, Duration sessionLife, int pageSize) {

    /**
     * Serving beyond this machine without TLS would send the session cookie and every contact in clear text:
     * refused unless the operator states that a TLS reverse proxy fronts the service.
     */
    public void refuseUnsafeBinding() {
        if (enabled && !loopback() && !behindTlsProxy) {
            throw new StartRefused("crosswalk.web.host is " + host + ", not a loopback address: the review pages "
                    + "would travel unencrypted. Put a TLS reverse proxy in front (docs/operations.md) and set "
                    + "crosswalk.web.behind-tls-proxy=true, or keep crosswalk.web.host=127.0.0.1");
        }
    }

    /** The port must be free before the service starts; when it is not, say which setting moves it. */
    public void refuseIfPortTaken() {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(host))) {
            return;
        } catch (IOException e) {
            throw new StartRefused("the review pages' port " + host + ":" + port + " cannot be opened ("
                    + e.getMessage() + "); stop what holds it, or set crosswalk.web.port (CROSSWALK_WEB_PORT) to a "
                    + "free port, or crosswalk.web.enabled=false");
        }
    }

    boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** What the Host header may say: the bound host:port (and its loopback spellings), or the public name. */
    Set<String> allowedHosts() {
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add(host + ":" + port);
        if (loopback()) {
            hosts.add("127.0.0.1:" + port);
            hosts.add("localhost:" + port);
            hosts.add("[::1]:" + port);
        }
        if (!publicName.isBlank()) {
            hosts.add(publicName.strip().toLowerCase());
        }
        return hosts;
    }

    /** Where a person opens the pages: the public name over https behind the proxy, else the bound address. */
    public String baseUrl() {
        return publicName.isBlank() ? "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port
                : "https://" + publicName.strip();
    }
}
