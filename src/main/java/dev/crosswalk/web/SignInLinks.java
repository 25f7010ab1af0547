package dev.crosswalk.web;

import dev.crosswalk.erasure.ErasureKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-time sign-in tokens: a random nonce and an expiry, signed with the installation's secret (a 0600 file under
 * data/), so that the service and {@code crosswalk sign-in} mint tokens the service accepts while the secret itself
 * never leaves the file. A token is spent by its first use; the spent nonces are kept until they would have
 * expired anyway.
 */
public final class SignInLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ErasureKey secret;
    private final Duration life;
    private final Clock clock;
    private final Map<String, Long> spent = new ConcurrentHashMap<>();

    public SignInLinks(ErasureKey secret, Duration life, Clock clock) {
        this.secret = secret;
        this.life = life;
        this.clock = clock;
    }

    /** Links signed with the installation's secret ({@code crosswalk.web.key-file}, created 0600 if absent). */
    public static SignInLinks of(WebSettings settings) {
        return new SignInLinks(ErasureKey.load(settings.keyFile()), settings.signInLife(), Clock.systemUTC());
    }

    /** A fresh link to open in a browser. */
    public String url(WebSettings settings) {
        return settings.baseUrl() + "/sign-in?token=" + mint();
    }

    /** A fresh token: nonce.expiry.signature, all URL-safe. */
    public String mint() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String body = HexFormat.of().formatHex(nonce) + "." + (clock.instant().getEpochSecond() + life.toSeconds());
        return body + "." + sign(body);
    }

    /** True once for a token this installation signed that has not expired; false for anything else. */
    public boolean redeem(String token) {
        if (token == null) {
            return false;
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 3 || !parts[0].matches("[0-9a-f]{32}") || !parts[1].matches("\\d{1,12}")) {
            return false;
        }
        String body = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        long expires = Long.parseLong(parts[1]);
        long now = clock.instant().getEpochSecond();
        spent.values().removeIf(e -> e < now);
        return expires >= now && spent.putIfAbsent(parts[0], expires) == null;
    }

    private String sign(String body) {
        return secret.hmac("crosswalk-sign-in:" + body);
    }
}
