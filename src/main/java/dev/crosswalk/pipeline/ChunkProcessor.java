package dev.crosswalk.pipeline;

import dev.crosswalk.apply.ChangeSet;
import dev.crosswalk.apply.ChunkWriter;
import dev.crosswalk.apply.ChunkWriter.WrittenConflict;
import dev.crosswalk.apply.MoneyWriter;
import dev.crosswalk.apply.MoneyWriter.WrittenRecord;
import dev.crosswalk.db.Sequences;
import dev.crosswalk.erasure.Tombstones;
import dev.crosswalk.match.ContactMatcher;
import dev.crosswalk.match.ContactMatcher.LatestConsent;
import dev.crosswalk.match.ContactMatcher.Matches;
import dev.crosswalk.match.ContactState;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.model.EmailAddress;
import dev.crosswalk.model.Identity;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.model.TransactionData;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One chunk through match → protect → apply: a few set-based lookups, the per-row decisions in memory, then one
 * set-based write of the contacts and one of the money records (which need the contacts' ids). Rows of the same
 * chunk match each other through the in-memory owner maps; rows of earlier chunks are already in the database,
 * inside the same transaction. A payment naming a subscription profile (I-…) whose keys match nobody belongs to
 * the contact of that subscription. A row's outcome is its money record's when it has one (new when inserted,
 * updated when changed) and otherwise its contact's; a contact conflict, or a subscription found paid by another
 * contact (a merge suggestion), makes the row a conflict either way. A row with an email or id of a person erased on
 * request (a tombstone) is skipped before matching: it neither re-creates them nor lends their email to anyone.
 */
final class ChunkProcessor {

    /** What the chunk wrote that the batch's output files need. */
    record Written(List<ChangeSet.ChangeLine> changes, List<Skipped> skipped) {
    }

    /** A row skipped by the chunk, for the rejected-rows file. */
    record Skipped(long line, String reason) {
    }

    private final ContactMatcher matcher;
    private final RowApplier applier;
    private final ChunkWriter writer;
    private final MoneyWriter money;
    private final BatchTally tally;
    private final String source;
    private final Tombstones.Check tombstones;

    ChunkProcessor(ContactMatcher matcher, RowApplier applier, ChunkWriter writer, MoneyWriter money,
            BatchTally tally, String source, Tombstones.Check tombstones) {
        this.tombstones = tombstones;
        this.matcher = matcher;
        this.applier = applier;
        this.writer = writer;
        this.money = money;
        this.tally = tally;
        this.source = source;
    }

    Written process(Connection c, List<SourceRecord> chunk) throws SQLException {
        Map<Long, LocalDate> erased = tombstones.erasedRows(c, chunk);
        List<Skipped> skipped = new ArrayList<>();
        List<SourceRecord> rows = new ArrayList<>(chunk.size());
        for (SourceRecord row : chunk) {
            LocalDate erasedOn = erased.get(row.line());
            if (erasedOn == null) {
                rows.add(row);
            } else {
                String reason = Tombstones.reason(erasedOn);
                tally.row(RowOutcome.SKIPPED);
                tally.skipped(reason);
                skipped.add(new Skipped(row.line(), reason));
            }
        }
        Set<Identity> identities = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        Set<String> profiles = new LinkedHashSet<>();
        for (SourceRecord row : rows) {
            identities.addAll(row.contact().identities());
            row.contact().emails().forEach(e -> emails.add(e.key()));
            String profile = profile(row);
            if (profile != null) {
                profiles.add(profile);
            }
        }
        Matches matches = matcher.lookup(c, identities, emails);
        Map<Identity, Long> identityOwner = new HashMap<>(matches.byIdentity());
        Map<String, Long> emailOwner = new HashMap<>(matches.byEmail());
        Map<String, Long> profileOwner = matcher.subscriptionPayers(c, profiles);

        Set<Long> matched = new LinkedHashSet<>(identityOwner.values());
        matched.addAll(emailOwner.values());
        matched.addAll(profileOwner.values());
        Map<Long, ContactState> states = matcher.load(c, matched);
        // a key held by a contact merged away matches nobody
        identityOwner.values().retainAll(states.keySet());
        emailOwner.values().retainAll(states.keySet());
        matcher.loadLabels(c, states, source);
        Set<Long> withConsent = new LinkedHashSet<>();
        int unmatched = 0;
        for (SourceRecord row : rows) {
            Set<Long> owners = owners(row, identityOwner, emailOwner, profileOwner);
            unmatched += owners.isEmpty() ? 1 : 0;
            if (row.contact().consent() != null) {
                withConsent.addAll(owners);
            }
        }
        Map<Long, LatestConsent> latestConsent = new HashMap<>(matcher.latestConsent(c, withConsent));
        long[] newIds = Sequences.next(c, "contacts_id_seq", unmatched);

        ChangeSet set = new ChangeSet();
        Map<Long, RowOutcome> outcomes = new HashMap<>();
        Map<Long, Long> contactIds = new HashMap<>();
        int nextId = 0;
        for (SourceRecord row : rows) {
            ContactData data = row.contact();
            Set<Long> owners = owners(row, identityOwner, emailOwner, profileOwner);
            if (owners.size() > 1) {
                outcomes.put(row.line(), applier.ambiguous(row, owners, set));
                continue;
            }
            ContactState state;
            if (owners.isEmpty()) {
                state = applier.create(row, newIds[nextId++], set);
                states.put(state.id(), state);
                outcomes.put(row.line(), RowOutcome.NEW);
            } else {
                state = states.get(owners.iterator().next());
                outcomes.put(row.line(), applier.update(row, state, emailOwner::containsKey,
                        identityOwner::containsKey, latestConsent, set));
            }
            long id = state.id();
            contactIds.put(row.line(), id);
            data.identities().forEach(i -> identityOwner.putIfAbsent(i, id));
            data.emails().forEach(e -> emailOwner.putIfAbsent(e.key(), id));
        }
        writer.write(c, set);
        MoneyWriter.Result money = this.money.write(c, rows, contactIds);
        for (WrittenConflict w : money.conflicts()) {
            ChangeSet.Conflict k = w.conflict();
            outcomes.put(k.line(), RowOutcome.CONFLICT);
            set.change(new ChangeSet.ChangeLine(k.line(), k.contactId(), k.field(), k.currentValue(),
                    k.incomingValue(), "refused: " + k.reason()));
            tally.conflict(k.reason());
        }
        for (SourceRecord row : rows) {
            tally.row(outcome(row.line(), outcomes.get(row.line()), contactIds.get(row.line()),
                    money.records().get(row.line()), set));
        }
        return new Written(set.changes(), skipped);
    }

    /** A row's money record decides its outcome when one was written; a contact conflict stays a conflict. */
    private static RowOutcome outcome(long line, RowOutcome contact, Long contactId, WrittenRecord record,
            ChangeSet set) {
        if (record == null) {
            return contact;
        }
        boolean inserted = record.how() == MoneyWriter.Written.INSERTED;
        set.change(new ChangeSet.ChangeLine(line, contactId, record.table(), null, record.externalId(),
                inserted ? "new" : "updated"));
        return contact == RowOutcome.CONFLICT || contact == RowOutcome.NEW ? contact
                : inserted ? RowOutcome.NEW : RowOutcome.UPDATED;
    }

    private static String profile(SourceRecord row) {
        TransactionData t = row.transaction();
        return t == null ? null : t.subscriptionReference();
    }

    /** The contacts a row's keys point at; a payment of a known subscription profile falls back to its payer. */
    private static Set<Long> owners(SourceRecord row, Map<Identity, Long> identityOwner,
            Map<String, Long> emailOwner, Map<String, Long> profileOwner) {
        ContactData data = row.contact();
        Set<Long> owners = new LinkedHashSet<>();
        for (Identity i : data.identities()) {
            Long id = identityOwner.get(i);
            if (id != null) {
                owners.add(id);
            }
        }
        for (EmailAddress e : data.emails()) {
            Long id = emailOwner.get(e.key());
            if (id != null) {
                owners.add(id);
            }
        }
        String profile = profile(row);
        if (owners.isEmpty() && profile != null && profileOwner.containsKey(profile)) {
            owners.add(profileOwner.get(profile));
        }
        return owners;
    }
}
