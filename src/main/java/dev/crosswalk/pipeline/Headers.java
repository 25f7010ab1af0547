package dev.crosswalk.pipeline;

/** Names of the message headers the routes and processors share. */
public final class Headers {

    /** The source a file belongs to, set by its inbox route (kajabi, kajabi-subscribed, ...). */
    public static final String SOURCE = "CrosswalkSource";
    /** {@code import} or {@code preview}. */
    public static final String MODE = "CrosswalkMode";
    /** {@code true} when the file came from an inbox and is to be moved to the outbox afterwards. */
    public static final String FROM_INBOX = "CrosswalkFromInbox";
    public static final String BATCH_ID = "CrosswalkBatchId";
    /** The {@link dev.crosswalk.report.BatchReport} of the file. */
    public static final String REPORT = "CrosswalkReport";
    /** Where the inbox's file consumer moves the file when the exchange completes. */
    public static final String DESTINATION = "CrosswalkDestination";
    /** Exchange property: the ImportRequest being run, for the error handlers' reports (no stage reads it). */
    public static final String REQUEST = "CrosswalkRequest";
    /**
     * Exchange property: what the import route's doFinally closes — the {@link RecognisedFile}, then the
     * {@link OpenImport} — and a failure rolls back ({@link BatchFailure}); no stage reads it.
     */
    public static final String BATCH = "CrosswalkBatch";

    private Headers() {
    }
}
