package dev.crosswalk.adopt;

import dev.crosswalk.adopt.Adoption.Duplicate;
import dev.crosswalk.adopt.Adoption.Person;
import dev.crosswalk.apply.ChunkWriter.WrittenConflict;
import dev.crosswalk.apply.ConflictQueue;
import dev.crosswalk.db.Copy;
import dev.crosswalk.db.Sequences;
import dev.crosswalk.decide.ChangeSet.ChangeLine;
import dev.crosswalk.decide.ChangeSet.Conflict;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an {@link Adoption} with COPY, a handful of statements whatever its size. Every row it inserts is audited
 * the way {@code rollback} undoes an import: contacts, tags, products, subscriptions and transactions by id (in that
 * order, so undo removes them in reverse); emails, identities, links and consent observations belong to the
 * contacts and go with them.
 */
final class AdoptionWriter {

    private static final Logger LOG = LoggerFactory.getLogger(AdoptionWriter.class);
    static final String REASON = "adopted";

    private final long batchId;
    private final Copy audit = new Copy(
            "import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)");
    private final Map<String, Long> contactIds = new HashMap<>();
    private final List<ChangeLine> changes = new ArrayList<>();
    private final Map<String, Long> written = new LinkedHashMap<>();
    private long line;

    AdoptionWriter(long batchId) {
        this.batchId = batchId;
    }

    record Result(List<WrittenConflict> conflicts, List<ChangeLine> changes, Map<String, Long> written) {
    }

    Result write(Connection c, Adoption adoption) throws SQLException {
        writeContacts(c, adoption);
        Map<String, Long> tagIds = writeTags(c, adoption);
        Map<String, Long> productIds = writeProducts(c, adoption);
        writeLinks(c, adoption, tagIds, productIds);
        Map<String, Long> subscriptionIds = writeSubscriptions(c, adoption, productIds);
        writeTransactions(c, adoption, productIds, subscriptionIds);
        audit.flush(c);
        List<WrittenConflict> conflicts = writeConflicts(c, adoption);
        return new Result(conflicts, changes, written);
    }

    private void writeContacts(Connection c, Adoption adoption) throws SQLException {
        List<Person> people = new ArrayList<>(adoption.people.values());
        long[] ids = Sequences.next(c, "contacts_id_seq", people.size());
        Copy contacts = new Copy("contacts (id, email, first_name, last_name, phone, address_line1, address_line2, "
                + "city, region, postal_code, country, source_system, lock_level, lock_reason, email_subscribed, "
                + "subscription_protected, subscription_protected_reason, created_at)");
        Copy emails = new Copy("contact_emails (contact_id, email, display, kind, source)");
        Copy identities = new Copy("contact_identities (contact_id, source, external_id)");
        Copy consent = new Copy(
                "consent_events (contact_id, email, subscribed, source, batch_id, observed_at, applied, reason)");
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            long id = ids[i];
            contactIds.put(p.legacyId(), id);
            contacts.row(id, p.email(), p.firstName(), p.lastName(), p.phone(), p.addressLine1(), p.addressLine2(),
                    p.city(), p.region(), p.postalCode(), p.country(), p.sourceSystem(), p.lockLevel(),
                    p.lockReason(), p.subscribed(), p.isProtected(), p.protectedReason(),
                    p.createdAt() == null ? Instant.now() : p.createdAt());
            audit.row(batchId, "contacts", id, "insert", null, null, p.legacyId());
            changes.add(new ChangeLine(++line, id, "legacy_id", null, p.legacyId(), "adopted"));
            p.emails().forEach(e -> emails.row(id, e.key(), e.display(), e.kind(), e.source()));
            p.identities().forEach(x -> identities.row(id, x.source(), x.externalId()));
            // an opt-in, and a protected opt-out (a staff unsubscribe), are evidence with a time
            if (p.subscribed() || p.isProtected()) {
                consent.row(id, p.email() == null ? null : p.email().toLowerCase(Locale.ROOT),
                        p.subscribed(), PeopleMapping.LEGACY, batchId,
                        p.consentObservedAt() == null ? Instant.now() : p.consentObservedAt(), true, REASON);
                count("consent_events");
            }
            if ((i + 1) % 10_000 == 0) {
                LOG.info("Batch {}: {} of {} contacts prepared", batchId, i + 1, people.size());
            }
        }
        written.put("contacts", (long) contacts.rows());
        written.put("emails", (long) emails.rows());
        written.put("identities", (long) identities.rows());
        contacts.flush(c);
        emails.flush(c);
        identities.flush(c);
        consent.flush(c);
        LOG.info("Batch {}: {} contacts written with their emails and ids", batchId, people.size());
    }

    private Map<String, Long> writeTags(Connection c, Adoption adoption) throws SQLException {
        List<String> norms = new ArrayList<>(adoption.tagNames.keySet());
        long[] ids = Sequences.next(c, "tags_id_seq", norms.size());
        Map<String, Long> byNorm = new HashMap<>();
        Copy tags = new Copy("tags (id, name)");
        for (int i = 0; i < norms.size(); i++) {
            byNorm.put(norms.get(i), ids[i]);
            tags.row(ids[i], adoption.tagNames.get(norms.get(i)));
            audit.row(batchId, "tags", ids[i], "insert", null, null, adoption.tagNames.get(norms.get(i)));
        }
        written.put("tags", (long) tags.rows());
        tags.flush(c);
        return byNorm;
    }

    private Map<String, Long> writeProducts(Connection c, Adoption adoption) throws SQLException {
        List<String> norms = new ArrayList<>(adoption.products.keySet());
        long[] ids = Sequences.next(c, "products_id_seq", norms.size());
        Map<String, Long> byNorm = new HashMap<>();
        Copy products = new Copy("products (id, source, external_id, name)");
        for (int i = 0; i < norms.size(); i++) {
            Adoption.Product p = adoption.products.get(norms.get(i));
            byNorm.put(norms.get(i), ids[i]);
            products.row(ids[i], "kajabi", p.offerId(), p.name());
            audit.row(batchId, "products", ids[i], "insert", null, null, p.name());
        }
        written.put("products", (long) products.rows());
        products.flush(c);
        return byNorm;
    }

    private void writeLinks(Connection c, Adoption adoption, Map<String, Long> tagIds, Map<String, Long> productIds)
            throws SQLException {
        Copy tags = new Copy("contact_tags (contact_id, tag_id, source)");
        Copy products = new Copy("contact_products (contact_id, product_id, source)");
        for (Person p : adoption.people.values()) {
            long id = contactIds.get(p.legacyId());
            p.tags().forEach(t -> tags.row(id, tagIds.get(t), PeopleMapping.LEGACY));
            p.products().forEach(t -> products.row(id, productIds.get(t), PeopleMapping.LEGACY));
        }
        written.put("tag_links", (long) tags.rows());
        written.put("product_links", (long) products.rows());
        tags.flush(c);
        products.flush(c);
    }

    private Map<String, Long> writeSubscriptions(Connection c, Adoption adoption, Map<String, Long> productIds)
            throws SQLException {
        List<Adoption.Subscription> all = adoption.subscriptions;
        long[] ids = Sequences.next(c, "subscriptions_id_seq", all.size());
        Map<String, Long> byLegacyId = new HashMap<>();
        Copy copy = new Copy("subscriptions (id, contact_id, source, external_id, product_id, offer_title, amount, "
                + "currency, interval, status, provider, provider_reference, coupon, started_at, canceled_at, "
                + "trial_ends_at, next_payment_at, last_seen_batch)");
        for (int i = 0; i < all.size(); i++) {
            Adoption.Subscription s = all.get(i);
            Long contact = contactIds.get(s.legacyContactId());
            byLegacyId.put(s.legacyId(), ids[i]);
            copy.row(ids[i], contact, s.source(), s.externalId(), product(productIds, s.productName()),
                    s.productName(), plain(s.amount()), s.currency(), s.interval(), s.status(), s.provider(),
                    s.providerReference(), s.coupon(), s.startedAt(), s.canceledAt(), s.trialEndsAt(),
                    s.nextPaymentAt(), batchId);
            audit.row(batchId, "subscriptions", ids[i], "insert", null, null, s.externalId());
            changes.add(new ChangeLine(++line, contact, "subscription", null, s.source() + " " + s.externalId(),
                    "adopted (legacy " + s.legacyId() + ")"));
        }
        written.put("subscriptions", (long) copy.rows());
        copy.flush(c);
        return byLegacyId;
    }

    private void writeTransactions(Connection c, Adoption adoption, Map<String, Long> productIds,
            Map<String, Long> subscriptionIds) throws SQLException {
        List<Adoption.Transaction> all = adoption.transactions;
        long[] ids = Sequences.next(c, "transactions_id_seq", all.size());
        Copy copy = new Copy("transactions (id, contact_id, source, external_id, type, status, amount, currency, "
                + "occurred_at, product_id, offer_title, order_number, payment_method, subscription_id)");
        for (int i = 0; i < all.size(); i++) {
            Adoption.Transaction t = all.get(i);
            Long contact = contactIds.get(t.legacyContactId());
            copy.row(ids[i], contact, t.source(), t.externalId(), t.type(), t.status(), plain(t.amount()),
                    t.currency(), t.occurredAt(), product(productIds, t.productName()), t.productName(),
                    t.orderNumber(), t.paymentMethod(), subscriptionIds.get(t.legacySubscriptionId()));
            audit.row(batchId, "transactions", ids[i], "insert", null, null, t.externalId());
            changes.add(new ChangeLine(++line, contact, "transaction", null, t.source() + " " + t.externalId(),
                    "adopted (legacy " + t.legacyId() + ")"));
        }
        written.put("transactions", (long) copy.rows());
        copy.flush(c);
        LOG.info("Batch {}: {} subscriptions and {} transactions written", batchId, adoption.subscriptions.size(),
                all.size());
    }

    /** One DUPLICATE conflict per pair of contacts, naming both and everything they share. */
    private List<WrittenConflict> writeConflicts(Connection c, Adoption adoption) throws SQLException {
        Map<String, List<Duplicate>> pairs = new LinkedHashMap<>();
        adoption.duplicates.forEach(d -> pairs.computeIfAbsent(d.keptLegacyId() + "|" + d.otherLegacyId(),
                k -> new ArrayList<>()).add(d));
        List<Conflict> conflicts = new ArrayList<>();
        for (List<Duplicate> shared : pairs.values()) {
            Duplicate first = shared.get(0);
            long kept = contactIds.get(first.keptLegacyId());
            long other = contactIds.get(first.otherLegacyId());
            String what = String.join(", ", shared.stream().map(Duplicate::what).toList());
            conflicts.add(new Conflict(kept, 0, "contact", "contacts " + kept + ", " + other,
                    "legacy " + first.otherLegacyId() + " also uses " + what + " (kept by legacy "
                            + first.keptLegacyId() + ")", "DUPLICATE", "legacy", null));
        }
        long[] ids = Sequences.next(c, "import_conflicts_id_seq", conflicts.size());
        Copy copy = new Copy("import_conflicts (id, batch_id, contact_id, line, field, current_value, "
                + "incoming_value, reason, source)");
        List<WrittenConflict> out = new ArrayList<>();
        for (int i = 0; i < conflicts.size(); i++) {
            Conflict k = conflicts.get(i);
            copy.row(ids[i], batchId, k.contactId(), null, k.field(), k.currentValue(), k.incomingValue(),
                    k.reason(), k.source());
            out.add(new WrittenConflict(ids[i], k));
        }
        copy.flush(c);
        ConflictQueue.firstEvidence(c, batchId);
        return out;
    }

    private static Long product(Map<String, Long> productIds, String name) {
        return name == null ? null : productIds.get(LabelMapping.norm(name));
    }

    private void count(String what) {
        written.merge(what, 1L, Long::sum);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
