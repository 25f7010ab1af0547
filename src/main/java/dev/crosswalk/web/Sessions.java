package dev.crosswalk.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The signed-in browsers, in memory: a restart signs everyone out, which a local review can afford. */
public final class Sessions {

    static final String COOKIE = "crosswalk_session";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final Duration life;
    private final Clock clock;

    public Sessions(Duration life, Clock clock) {
        this.life = life;
        this.clock = clock;
    }

    /** A session just opened and the id its cookie carries. */
    record Opened(String cookie, Session session) {
    }

    /** A new session for {@code by}. */
    Opened open(String by) {
        String id = random();
        Session session = new Session(by, random(), clock.instant().plus(life));
        open.put(id, session);
        return new Opened(id, session);
    }

    /** The live session a cookie names, or null (unknown or expired: then forgotten). */
    Session find(String id) {
        if (id == null) {
            return null;
        }
        Session session = open.get(id);
        if (session != null && clock.instant().isAfter(session.expires())) {
            open.remove(id);
            return null;
        }
        return session;
    }

    /** Ends a session (signing out): its cookie names nothing from now on. */
    void close(Session session) {
        open.values().remove(session);
    }

    Duration life() {
        return life;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
