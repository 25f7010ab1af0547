package dev.crosswalk.apply;

/** A merge or unmerge that cannot be done as asked (unknown or deleted contact, already undone, ...). */
public final class MergeRefused extends RuntimeException {

    public MergeRefused(String message) {
        super(message);
    }
}
