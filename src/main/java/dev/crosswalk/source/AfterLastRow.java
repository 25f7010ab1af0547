package dev.crosswalk.source;

/** What the engine does after a file's last row, as a layout declares it. */
public enum AfterLastRow {
    NOTHING,
    /** The file is a full snapshot of the source's subscriptions: mark the ones it no longer lists as missing. */
    RECONCILE_SUBSCRIPTIONS
}
