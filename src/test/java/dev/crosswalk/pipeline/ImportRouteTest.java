package dev.crosswalk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.crosswalk.csv.RejectedFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of routes/import-pipeline.camel.yaml itself, with stand-ins for its beans: the stages in order,
 * every chunk in turn on the thread that began the transaction, the first failure stopping the split and reaching
 * the error handling as itself after the batch is closed, and an already applied file skipping the transaction.
 */
class ImportRouteTest {

    /** What a stand-in stage hands on, by name: each stage checks it got what the one before it produced. */
    public record Handed(String what) {
    }

    private static Handed expect(Object input, String what) {
        if (!new Handed(what).equals(input)) {
            throw new IllegalStateException("expected the " + what + ", got " + input);
        }
        return (Handed) input;
    }

    /** Every stage's bean at once: each records its step (and a chunk its thread), as the route calls them. */
    public static final class Stages {
        final List<String> steps = Collections.synchronizedList(new ArrayList<>());
        final List<Thread> chunkThreads = Collections.synchronizedList(new ArrayList<>());
        final SettledBatch settled = new SettledBatch(null, null, null, List.of());
        Thread began;
        int chunks = 3;
        boolean appliedBefore;
        RuntimeException failAtChunk2;

        public Handed open(Exchange exchange) {
            steps.add("open");
            return new Handed("request");
        }

        public Handed recognise(Handed request) {
            steps.add("recognise");
            expect(request, "request");
            return new Handed("file");
        }

        public Object check(Handed file) {
            steps.add("check");
            expect(file, "file");
            return appliedBefore ? settled : file;
        }

        public Handed begin(Handed file) {
            steps.add("begin");
            expect(file, "file");
            began = Thread.currentThread();
            return new Handed("open batch");
        }

        public Iterator<List<Integer>> of(Handed batch) {
            steps.add("split");
            expect(batch, "open batch");
            return IntStream.rangeClosed(1, chunks).mapToObj(List::of).iterator();
        }

        public List<Integer> load(List<Integer> rows) {
            steps.add("load " + rows.get(0));
            chunkThreads.add(Thread.currentThread());
            return rows;
        }

        public List<Integer> decide(List<Integer> rows) {
            steps.add("decide " + rows.get(0));
            chunkThreads.add(Thread.currentThread());
            if (rows.get(0) == 2 && failAtChunk2 != null) {
                throw failAtChunk2;
            }
            return rows;
        }

        public void write(List<Integer> rows) {
            steps.add("write " + rows.get(0));
            chunkThreads.add(Thread.currentThread());
        }

        /** After the split the body is the open batch again. */
        public Handed run(Handed batch) {
            steps.add("whole file");
            expect(batch, "open batch");
            return new Handed("checked");
        }

        public Handed queue(Handed checked) {
            steps.add("conflicts");
            return expect(checked, "checked");
        }

        public SettledBatch finish(Handed checked) {
            steps.add("commit");
            expect(checked, "checked");
            return settled;
        }

        /** What doFinally closes: the open batch once begun, the file before. */
        public void close(Handed batch) {
            steps.add("close");
            expect(batch, began != null ? "open batch" : "file");
        }

        /** As {@link BatchFailure}: rolls back (here: notes it) and passes the failure itself on. */
        public void handle(Exchange exchange) throws Exception {
            steps.add("rollback");
            throw BatchFailure.cause(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
        }

        public void place(SettledBatch batch, Exchange exchange) {
            steps.add("archive");
            assertSame(settled, batch);
        }

        public String publish(SettledBatch batch) {
            steps.add("report");
            assertSame(settled, batch);
            return "report";
        }
    }

    private final Stages stages = new Stages();
    private final List<Exception> handled = Collections.synchronizedList(new ArrayList<>());
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(properties(Map.of(
                "crosswalk.db.retry.initial-delay-ms", "10", "crosswalk.db.retry.max-delay-ms", "10")));
        for (String name : List.of("newBatch", "fileRecognition", "duplicateCheck", "batchTransaction", "rowChunks",
                "chunkStep", "wholeFileChecks", "conflictsFile", "batchFailure", "archive", "reportPublisher")) {
            context.getRegistry().bind(name, stages);
        }
        Processor record = exchange -> handled.add(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
        context.getRegistry().bind("rejectionReporter", record);
        context.getRegistry().bind("failureReporter", record);
        context.getRegistry().bind("databaseRetryLog", (Processor) exchange -> { });
        for (String routes : List.of("error-handling", "import-pipeline")) {
            PluginHelper.getRoutesLoader(context).loadRoutes(PluginHelper.getResourceLoader(context)
                    .resolveResource("file:routes/" + routes + ".camel.yaml"));
        }
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void theStagesRunInOrderAndEveryChunkOnTheThreadThatBeganTheTransaction() {
        Exchange result = send();

        assertEquals(null, result.getException());
        assertEquals(List.of("open", "recognise", "check", "begin", "split", "load 1", "decide 1", "write 1", "load 2",
                "decide 2", "write 2", "load 3", "decide 3", "write 3", "whole file", "conflicts", "commit", "close", "archive", "report"), stages.steps);
        assertEquals(Collections.nCopies(9, stages.began), stages.chunkThreads);
    }

    @Test
    void aFailingChunkStopsTheSplitAndTheFailureReachesTheErrorHandlingAsItselfAfterTheBatchIsClosed() {
        stages.failAtChunk2 = new IllegalStateException("disk full");

        Exchange result = send();

        assertEquals(List.of("open", "recognise", "check", "begin", "split", "load 1", "decide 1", "write 1", "load 2",
                "decide 2", "rollback", "close"), stages.steps);
        assertEquals(List.of(stages.failAtChunk2), handled);
        assertSame(stages.failAtChunk2, result.getException());
    }

    @Test
    void aFileRefusedInAChunkIsReportedAsARefusal() {
        stages.failAtChunk2 = new RejectedFileException("line 7: a quoted field is never closed");

        Exchange result = send();

        assertEquals(List.of(stages.failAtChunk2), handled);
        assertEquals(null, result.getException(), "a refusal is handled: the inbox moves the file to rejected/");
    }

    @Test
    void aFileAppliedBeforeSkipsTheTransactionAndIsStillArchivedAndReported() {
        stages.appliedBefore = true;

        send();

        assertEquals(List.of("open", "recognise", "check", "close", "archive", "report"), stages.steps);
    }

    private Exchange send() {
        return context.createProducerTemplate().send("direct:import", exchange -> exchange.getIn().setBody("file"));
    }

    private static java.util.Properties properties(Map<String, String> values) {
        java.util.Properties properties = new java.util.Properties();
        properties.putAll(values);
        return properties;
    }
}
