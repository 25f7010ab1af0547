package dev.crosswalk.web;

import dev.crosswalk.merge.DuplicateFinder;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.review.ReviewService;
import dev.crosswalk.rollback.RollbackService;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.camel.Exchange;

/**
 * The decisions a page posts, each through the service the commands use, so each is the same audited batch of
 * kind review (or rollback, duplicates) that {@code resolve}, {@code rollback} and {@code duplicates} make, recorded
 * as decided by the signed-in person. The next page says what happened, once.
 */
public final class ReviewActions {

    private static final Set<String> DECISIONS = Set.of("KEEP", "TAKE", "MERGE", "DISMISS", "SET");

    private final ReviewService reviews;
    private final RollbackService rollbacks;
    private final DuplicateFinder duplicates;

    public ReviewActions(ReviewService reviews, RollbackService rollbacks, DuplicateFinder duplicates) {
        this.reviews = reviews;
        this.rollbacks = rollbacks;
        this.duplicates = duplicates;
    }

    /** One item: {@code resolve ID DECISION}. */
    public void decide(Exchange exchange) throws SQLException {
        Session session = WebRequest.session(exchange);
        long item = WebRequest.id(exchange, "id");
        String decision = decision(exchange);
        BatchReport report = reviews.resolve(item, decision, session.by());
        answered(session, report);
        WebResponse.seeOther(exchange, back(exchange, "/decisions"));
    }

    /** Every open item of one batch and reason (and field): {@code resolve --batch N --reason R DECISION}. */
    public void bulk(Exchange exchange) throws SQLException {
        Session session = WebRequest.session(exchange);
        long batch = WebRequest.id(exchange, "batch");
        String reason = WebRequest.param(exchange, "reason", null);
        if (reason == null) {
            throw new WebRefused(400, "a bulk decision needs a reason");
        }
        BatchReport report = reviews.resolveAll(batch, reason, WebRequest.param(exchange, "field", null),
                decision(exchange), session.by());
        answered(session, report);
        WebResponse.seeOther(exchange, "/decisions" + Page.query("reason", reason));
    }

    /** Rolls back the session's last decision batch: {@code rollback BATCH}. */
    public void undo(Exchange exchange) throws SQLException {
        Session session = WebRequest.session(exchange);
        Long last = session.lastBatch();
        if (last == null) {
            throw new WebRefused(409, "There is no decision of yours to undo in this session.");
        }
        BatchReport report = rollbacks.rollback(last, false, session.by());
        if ("applied".equals(report.status())) {
            session.lastBatch(null);
        }
        session.notice("Batch " + report.batch() + " (" + report.status() + "): " + report.message());
        WebResponse.seeOther(exchange, back(exchange, "/decisions"));
    }

    /** {@code duplicates}: raises the likely duplicates as items to decide. */
    public void findDuplicates(Exchange exchange) throws SQLException {
        Session session = WebRequest.session(exchange);
        BatchReport report = duplicates.find();
        session.notice("Batch " + report.batch() + ": " + report.rowCount("read") + " likely duplicate pairs open ("
                + report.rowCount("new") + " new).");
        WebResponse.seeOther(exchange, "/duplicates");
    }

    private static String decision(Exchange exchange) {
        String decision = WebRequest.param(exchange, "decision", "").toUpperCase();
        if (!DECISIONS.contains(decision)) {
            throw new WebRefused(400, "unknown decision '" + decision + "': KEEP, TAKE, MERGE, DISMISS or SET");
        }
        return "SET".equals(decision) ? "SET:" + WebRequest.param(exchange, "value", "") : decision;
    }

    /** Remembers the batch for undo and tells what became of each decision, with the refusal reasons. */
    private static void answered(Session session, BatchReport report) {
        if ("applied".equals(report.status())) {
            session.lastBatch(report.batch());
        }
        List<String> refusals = refusals(report);
        session.notice("Batch " + report.batch() + ": " + report.message()
                + (refusals.isEmpty() ? "" : " Refused: " + String.join("; ", refusals)));
    }

    private static List<String> refusals(BatchReport report) {
        List<String> reasons = new ArrayList<>();
        String answers = report.files() == null ? null : report.files().get("answers");
        if (answers == null || !Files.isRegularFile(Path.of(answers))) {
            return reasons;
        }
        try (Reader in = Files.newBufferedReader(Path.of(answers), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if ("rejected".equals(row.get("outcome")) && reasons.size() < 3) {
                    reasons.add("item " + row.get("conflict_id") + ": " + row.get("message"));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            reasons.add("the answers file " + answers + " could not be read (" + e.getMessage() + ")");
        }
        return reasons;
    }

    /** The page a form came from, when it is one of ours (a path on this service), else {@code otherwise}. */
    static String back(Exchange exchange, String otherwise) {
        String back = WebRequest.param(exchange, "back", "");
        return back.matches("/[A-Za-z0-9/_?&=%.+-]*") && !back.startsWith("//") ? back : otherwise;
    }
}
