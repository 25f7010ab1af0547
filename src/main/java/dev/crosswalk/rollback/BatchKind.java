package dev.crosswalk.rollback;

/**
 * What a batch is before it opens: its kind and what it works on (its ledger row's {@code kind} and
 * {@code file_name}), for a file import also the source, layout and SHA-256; whether it is a preview (always rolled
 * back); whether it runs alone (the import lock: no import meanwhile); and its id when one was given ahead (a file
 * waiting in the inbox is named by it).
 */
public record BatchKind(String kind, String what, String source, String format, String formatVersion,
        String sha256, boolean preview, boolean exclusive, Long id) {

    /** A batch that is not a file import, e.g. {@code BatchKind.of("merge", "contacts 1 + 2")}. */
    public static BatchKind of(String kind, String what) {
        return new BatchKind(kind, what, null, null, null, null, false, false, null);
    }

    /** A file read as {@code format} (version {@code formatVersion}) of {@code source}, with its SHA-256. */
    public BatchKind file(String source, String format, String formatVersion, String sha256) {
        return new BatchKind(kind, what, source, format, formatVersion, sha256, preview, exclusive, id);
    }

    public BatchKind preview(boolean preview) {
        return new BatchKind(kind, what, source, format, formatVersion, sha256, preview, exclusive, id);
    }

    /** Takes the import lock first: no import runs beside it (an import, an erasure, an adoption). */
    public BatchKind alone() {
        return new BatchKind(kind, what, source, format, formatVersion, sha256, preview, true, id);
    }

    public BatchKind withId(long id) {
        return new BatchKind(kind, what, source, format, formatVersion, sha256, preview, exclusive, id);
    }
}
