package dev.crosswalk.cli;

import java.nio.file.Path;

/**
 * What a command refuses to do (exit 2): a file, an undo, a merge, a request it cannot answer. Thrown, it takes the
 * one error path of {@link ErrorPath}; {@code fullText}, when set, is the report that holds the whole reason.
 */
final class Refused extends RuntimeException {

    private final transient Path fullText;

    Refused(String reason) {
        this(reason, null);
    }

    Refused(String reason, Path fullText) {
        super(reason);
        this.fullText = fullText;
    }

    Path fullText() {
        return fullText;
    }
}
