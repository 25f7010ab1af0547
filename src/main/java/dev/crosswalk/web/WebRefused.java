package dev.crosswalk.web;

/** A request the service will not answer as asked: its HTTP status and a plain sentence saying why. */
public final class WebRefused extends RuntimeException {

    private final int status;

    public WebRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
