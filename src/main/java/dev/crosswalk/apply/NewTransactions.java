package dev.crosswalk.apply;

import dev.crosswalk.db.Copy;
import dev.crosswalk.db.Sequences;
import dev.crosswalk.db.Sql;
import dev.crosswalk.decide.ChunkPlan.WrittenMoney;
import dev.crosswalk.model.TransactionData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chunk's transactions that its source has not stored yet, written by COPY with ids taken ahead: an insert has
 * nothing to compare, so it need not go through the staged upsert, whose conflict check and staging copy cost
 * most of a payments import. The same rules as the upsert: of the lines that name one transaction the last wins
 * (the others changed nothing), a payment of a subscription profile (I-…) names the oldest subscription with that
 * provider reference, and an inserted transaction names its batch (created_batch_id). A transaction of an event
 * (its event is upserted in the same chunk) and one already stored are left to the upsert.
 */
final class NewTransactions {

    /** One line's transaction with the contact it is written for. */
    record Line(long line, Long contactId, TransactionData transaction) {
    }

    private static final String TARGET = "transactions (id, contact_id, source, external_id, type, status, amount, "
            + "fee, net, currency, occurred_at, offer_title, order_number, payment_method, subscription_id, "
            + "reference_external_id, amount_paid, amount_refunded, cancelled, created_batch_id)";

    private final long batchId;
    private final String source;

    NewTransactions(long batchId, String source) {
        this.batchId = batchId;
        this.source = source;
    }

    /** Writes the new ones among {@code lines} into {@code written} and returns the lines left to the upsert. */
    List<Line> write(Connection c, List<Line> lines, Map<Long, WrittenMoney> written) throws SQLException {
        Map<String, Line> last = new LinkedHashMap<>();
        for (Line l : lines) {
            last.put(l.transaction().externalId(), l);
        }
        Set<String> stored = stored(c, last.keySet());
        List<Line> fresh = new ArrayList<>();
        List<Line> rest = new ArrayList<>();
        for (Line l : lines) {
            TransactionData t = l.transaction();
            boolean insert = !stored.contains(t.externalId()) && last.get(t.externalId()).transaction().event() == null;
            if (!insert) {
                rest.add(l);
            } else if (last.get(t.externalId()) == l) {
                fresh.add(l);
            }
        }
        if (fresh.isEmpty()) {
            return rest;
        }
        Map<String, Long> subscriptions = subscriptions(c, fresh);
        long[] ids = Sequences.next(c, "transactions_id_seq", fresh.size());
        Copy.stream(c, TARGET, copy -> {
            for (int i = 0; i < fresh.size(); i++) {
                Line l = fresh.get(i);
                TransactionData t = l.transaction();
                copy.row(ids[i], l.contactId(), source, t.externalId(), t.type(), t.status(), t.amount(),
                        t.fee(), t.net(), t.currency(), t.occurredAt(), t.offerTitle(), t.orderNumber(),
                        t.paymentMethod(), subscriptions.get(t.subscriptionReference()), t.reference(), t.paid(),
                        t.refunded(), t.cancelled(), batchId);
                written.put(l.line(), new WrittenMoney("transactions", ids[i], t.externalId(), true));
            }
        });
        return rest;
    }

    private Set<String> stored(Connection c, Set<String> externalIds) throws SQLException {
        Set<String> stored = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("money/transactions-stored"))) {
            ps.setString(1, source);
            ps.setArray(2, c.createArrayOf("text", externalIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        return stored;
    }

    private static Map<String, Long> subscriptions(Connection c, List<Line> fresh) throws SQLException {
        Set<String> references = new HashSet<>();
        fresh.forEach(l -> {
            if (l.transaction().subscriptionReference() != null) {
                references.add(l.transaction().subscriptionReference());
            }
        });
        Map<String, Long> ids = new HashMap<>();
        if (references.isEmpty()) {
            return ids;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("money/subscriptions-by-reference"))) {
            ps.setArray(1, c.createArrayOf("text", references.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }
}
