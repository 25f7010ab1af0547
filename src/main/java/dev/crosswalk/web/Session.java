package dev.crosswalk.web;

import java.time.Instant;

/**
 * One signed-in browser: who decides (recorded with every batch it makes), its CSRF token, when it ends, the last
 * batch it made (what "undo" undoes) and the message the next page shows once.
 */
public final class Session {

    private final String by;
    private final String csrf;
    private final Instant expires;
    private volatile Long lastBatch;
    private volatile String notice;

    Session(String by, String csrf, Instant expires) {
        this.by = by;
        this.csrf = csrf;
        this.expires = expires;
    }

    public String by() {
        return by;
    }

    public String csrf() {
        return csrf;
    }

    Instant expires() {
        return expires;
    }

    public Long lastBatch() {
        return lastBatch;
    }

    public void lastBatch(Long batch) {
        this.lastBatch = batch;
    }

    public void notice(String message) {
        this.notice = message;
    }

    /** The pending message, cleared: each is shown once. */
    public String takeNotice() {
        String message = notice;
        notice = null;
        return message;
    }
}
