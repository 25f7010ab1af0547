package dev.crosswalk.apply;

import dev.crosswalk.apply.ChangeSet.Conflict;
import dev.crosswalk.apply.ChunkWriter.WrittenConflict;
import dev.crosswalk.db.Copy;
import dev.crosswalk.db.Sql;
import dev.crosswalk.merge.ContactMerger;
import dev.crosswalk.model.EventData;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.model.SubscriptionData;
import dev.crosswalk.model.TransactionData;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a chunk's events, subscriptions and transactions after its contacts: each kind is copied into a staging
 * table and upserted by (source, external id) in one statement that writes and audits only what differs; payments
 * already stored for a subscription profile the chunk's subscriptions name are linked to them. The result says,
 * per line, whether its record was inserted or updated (a line absent from it changed nothing), and lists the
 * AMBIGUOUS conflicts raised where a subscription is paid by a contact other than its own.
 */
public final class MoneyWriter {

    private static final Logger LOG = LoggerFactory.getLogger(MoneyWriter.class);

    /** What happened to a line's money record. */
    public enum Written {
        INSERTED, UPDATED
    }

    /** A line's money record as written: its table, id and external id. */
    public record WrittenRecord(String table, long id, String externalId, Written how) {
    }

    /** What a chunk's money records wrote, by line, and the merge suggestions they raised. */
    public record Result(Map<Long, WrittenRecord> records, List<WrittenConflict> conflicts) {
    }

    private final long batchId;
    private final String source;

    public MoneyWriter(long batchId, String source) {
        this.batchId = batchId;
        this.source = source;
    }

    /** Once per batch transaction, before the first chunk. */
    public void prepare(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(Sql.load("money/stage"));
        }
    }

    /**
     * Writes the money records of {@code rows}; {@code contactIds} holds each line's contact (absent when the row's
     * person could not be told apart, e.g. an ambiguous match: the record is then kept without a contact).
     */
    public Result write(Connection c, List<SourceRecord> rows, Map<Long, Long> contactIds) throws SQLException {
        Copy events = new Copy("event_stage (line, external_id, name, starts_at, ends_at)");
        Copy subscriptions = new Copy("subscription_stage (line, contact_id, external_id, status, amount, currency, "
                + "interval, offer_title, provider, provider_reference, coupon, started_at, canceled_at, "
                + "trial_ends_at, next_payment_at)");
        Copy transactions = new Copy("transaction_stage (line, contact_id, external_id, type, status, amount, fee, "
                + "net, currency, occurred_at, offer_title, order_number, payment_method, reference_external_id, "
                + "subscription_reference, event_external_id, amount_paid, amount_refunded, cancelled)");
        for (SourceRecord row : rows) {
            Long contact = contactIds.get(row.line());
            SubscriptionData s = row.subscription();
            if (s != null) {
                subscriptions.row(row.line(), contact, s.externalId(), s.status(), plain(s.amount()), s.currency(),
                        s.interval(), s.offerTitle(), s.provider(), s.providerReference(), s.coupon(), s.startedAt(),
                        s.canceledAt(), s.trialEndsAt(), s.nextPaymentAt());
            }
            TransactionData t = row.transaction();
            if (t != null) {
                EventData e = t.event();
                if (e != null) {
                    events.row(row.line(), e.externalId(), e.name(), e.startsAt(), e.endsAt());
                }
                transactions.row(row.line(), contact, t.externalId(), t.type(), t.status(), plain(t.amount()),
                        plain(t.fee()), plain(t.net()), t.currency(), t.occurredAt(), t.offerTitle(), t.orderNumber(),
                        t.paymentMethod(), t.reference(), t.subscriptionReference(),
                        e == null ? null : e.externalId(), plain(t.paid()), plain(t.refunded()), t.cancelled());
            }
        }
        // flushing empties a Copy: what each holds is noted first
        boolean hasEvents = events.rows() > 0;
        boolean hasSubscriptions = subscriptions.rows() > 0;
        boolean hasTransactions = transactions.rows() > 0;
        if (!hasEvents && !hasSubscriptions && !hasTransactions) {
            return new Result(Map.of(), List.of());
        }
        Map<Long, WrittenRecord> written = new HashMap<>();
        if (hasEvents) {
            events.flush(c);
            upsert(c, "money/events-upsert", null, written);
        }
        if (hasSubscriptions) {
            subscriptions.flush(c);
            upsert(c, "money/subscriptions-upsert", "subscriptions", written);
            upsert(c, "money/transactions-link-subscriptions", null, written);
        }
        if (hasTransactions) {
            transactions.flush(c);
            upsert(c, "money/transactions-upsert", "transactions", written);
        }
        mergeProfilePayers(c);
        List<WrittenConflict> conflicts = payerConflicts(c);
        try (Statement st = c.createStatement()) {
            st.execute(Sql.load("money/clear"));
        }
        return new Result(written, conflicts);
    }

    /** A contact only PayPal knows, paying another contact's subscription profile, is that contact (audited merge). */
    private void mergeProfilePayers(Connection c) throws SQLException {
        List<long[]> candidates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("money/profile-payer-candidates"))) {
            ps.setString(1, source);
            readPairs(ps, candidates);
        }
        if (candidates.isEmpty()) {
            return;
        }
        List<long[]> pairs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("money/profile-payers"))) {
            ps.setArray(1, c.createArrayOf("bigint", candidates.stream().map(p -> p[0]).toArray()));
            ps.setArray(2, c.createArrayOf("bigint", candidates.stream().map(p -> p[1]).toArray()));
            readPairs(ps, pairs);
        }
        for (long[] pair : pairs) {
            ContactMerger.merge(c, pair[0], pair[1], batchId);
            LOG.info("Batch {}: contact {} (known only as a PayPal payer) merged into contact {}, whose subscription "
                    + "profile it pays", batchId, pair[1], pair[0]);
        }
    }

    private static void readPairs(PreparedStatement ps, List<long[]> pairs) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                pairs.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
    }

    /** Subscriptions paid by a contact other than their own: one person known twice? A reviewer decides. */
    private List<WrittenConflict> payerConflicts(Connection c) throws SQLException {
        List<WrittenConflict> conflicts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("money/payer-conflicts"))) {
            ps.setString(1, source);
            ps.setLong(2, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    conflicts.add(new WrittenConflict(rs.getLong(1), new Conflict(rs.getLong(2), rs.getLong(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))));
                }
            }
        }
        return conflicts;
    }

    private void upsert(Connection c, String sql, String table, Map<Long, WrittenRecord> written)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load(sql))) {
            ps.setString(1, source);
            ps.setLong(2, batchId);
            if (table == null) {
                ps.executeUpdate();
                return;
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    written.put(rs.getLong(1), new WrittenRecord(table, rs.getLong(2), rs.getString(4),
                            rs.getBoolean(3) ? Written.INSERTED : Written.UPDATED));
                }
            }
        }
    }

    /** Plain digits for COPY: BigDecimal.toString may use an exponent. */
    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
