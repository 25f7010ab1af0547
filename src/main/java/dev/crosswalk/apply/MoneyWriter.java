package dev.crosswalk.apply;

import dev.crosswalk.db.Copy;
import dev.crosswalk.db.Sql;
import dev.crosswalk.decide.ChunkPlan;
import dev.crosswalk.decide.ChunkPlan.WrittenMoney;
import dev.crosswalk.model.EventData;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.model.SubscriptionData;
import dev.crosswalk.model.TransactionData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a chunk's events, subscriptions and transactions after its contacts: each kind is copied into a staging
 * table and upserted by (source, external id) in one statement that writes and audits only what differs, except new
 * transactions, which go straight in by COPY ({@link NewTransactions}); payments already stored for a subscription
 * profile the chunk's subscriptions name are linked to them. The result says, per line, whether its record was
 * inserted or updated (a line absent from it changed nothing). The plan's merges come after ({@link MergeWriter}):
 * the records move with their contact.
 */
public final class MoneyWriter {

    private final long batchId;
    private final String source;
    private final NewTransactions newTransactions;

    public MoneyWriter(long batchId, String source) {
        this.batchId = batchId;
        this.source = source;
        this.newTransactions = new NewTransactions(batchId, source);
    }

    /** Once per batch transaction, before the first chunk. */
    public void prepare(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(Sql.load("money/stage"));
        }
    }

    /**
     * Writes the money records of the plan's rows, each with the row's contact (none when the row's person could
     * not be told apart, e.g. an ambiguous match: the record is then kept without a contact). Returns each line's
     * record as written.
     */
    public Map<Long, WrittenMoney> write(Connection c, ChunkPlan plan) throws SQLException {
        Map<Long, Long> contactIds = plan.contactIds();
        Copy events = new Copy("event_stage (line, external_id, name, starts_at, ends_at)");
        Copy subscriptions = new Copy("subscription_stage (line, contact_id, external_id, status, amount, currency, "
                + "interval, offer_title, provider, provider_reference, coupon, started_at, canceled_at, "
                + "trial_ends_at, next_payment_at)");
        List<NewTransactions.Line> payments = new ArrayList<>();
        for (SourceRecord row : plan.rows()) {
            Long contact = contactIds.get(row.line());
            SubscriptionData s = row.subscription();
            if (s != null) {
                subscriptions.row(row.line(), contact, s.externalId(), s.status(), s.amount(), s.currency(),
                        s.interval(), s.offerTitle(), s.provider(), s.providerReference(), s.coupon(), s.startedAt(),
                        s.canceledAt(), s.trialEndsAt(), s.nextPaymentAt());
            }
            TransactionData t = row.transaction();
            if (t != null) {
                EventData e = t.event();
                if (e != null) {
                    events.row(row.line(), e.externalId(), e.name(), e.startsAt(), e.endsAt());
                }
                payments.add(new NewTransactions.Line(row.line(), contact, t));
            }
        }
        // flushing empties a Copy: what each holds is noted first
        boolean hasEvents = events.rows() > 0;
        boolean hasSubscriptions = subscriptions.rows() > 0;
        boolean hasTransactions = !payments.isEmpty();
        Map<Long, WrittenMoney> written = new HashMap<>();
        if (!hasEvents && !hasSubscriptions && !hasTransactions) {
            return written;
        }
        if (hasEvents) {
            events.flush(c);
            upsert(c, "money/events-upsert", null, written);
        }
        if (hasSubscriptions) {
            subscriptions.flush(c);
            upsert(c, "money/subscriptions-upsert", "subscriptions", written);
            upsert(c, "money/transactions-link-subscriptions", null, written);
        }
        List<NewTransactions.Line> toUpsert = hasTransactions ? newTransactions.write(c, payments, written)
                : List.of();
        if (!toUpsert.isEmpty()) {
            stage(c, toUpsert);
            upsert(c, "money/transactions-upsert", "transactions", written);
        }
        if (hasEvents || hasSubscriptions || !toUpsert.isEmpty()) {
            try (Statement st = c.createStatement()) {
                st.execute(Sql.load("money/clear"));
            }
        }
        return written;
    }

    private static void stage(Connection c, List<NewTransactions.Line> lines) throws SQLException {
        Copy.stream(c, "transaction_stage (line, contact_id, external_id, type, status, amount, fee, net, "
                + "currency, occurred_at, offer_title, order_number, payment_method, reference_external_id, "
                + "subscription_reference, event_external_id, amount_paid, amount_refunded, cancelled)", copy -> {
                    for (NewTransactions.Line l : lines) {
                        TransactionData t = l.transaction();
                        EventData e = t.event();
                        copy.row(l.line(), l.contactId(), t.externalId(), t.type(), t.status(), t.amount(),
                                t.fee(), t.net(), t.currency(), t.occurredAt(), t.offerTitle(), t.orderNumber(),
                                t.paymentMethod(), t.reference(), t.subscriptionReference(),
                                e == null ? null : e.externalId(), t.paid(), t.refunded(), t.cancelled());
                    }
                });
    }

    private void upsert(Connection c, String sql, String table, Map<Long, WrittenMoney> written)
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
                    written.put(rs.getLong(1), new WrittenMoney(table, rs.getLong(2), rs.getString(4),
                            rs.getBoolean(3)));
                }
            }
        }
    }
}
