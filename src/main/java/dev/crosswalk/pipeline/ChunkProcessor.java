package dev.crosswalk.pipeline;

import dev.crosswalk.apply.ChangeSet;
import dev.crosswalk.apply.ChunkWriter;
import dev.crosswalk.apply.ChunkWriter.WrittenConflict;
import dev.crosswalk.db.Sequences;
import dev.crosswalk.match.ContactMatcher;
import dev.crosswalk.match.ContactMatcher.LatestConsent;
import dev.crosswalk.match.ContactMatcher.Matches;
import dev.crosswalk.match.ContactState;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.model.EmailAddress;
import dev.crosswalk.model.Identity;
import dev.crosswalk.model.SourceRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One chunk through match → protect → apply: a few set-based lookups, the per-row decisions in memory, then one
 * set-based write. Rows of the same chunk match each other through the in-memory owner maps; rows of earlier
 * chunks are already in the database, inside the same transaction.
 */
final class ChunkProcessor {

    /** What the chunk wrote that the batch's output files need. */
    record Written(List<WrittenConflict> conflicts, List<ChangeSet.ChangeLine> changes) {
    }

    private final ContactMatcher matcher;
    private final RowApplier applier;
    private final ChunkWriter writer;
    private final String source;

    ChunkProcessor(ContactMatcher matcher, RowApplier applier, ChunkWriter writer, String source) {
        this.matcher = matcher;
        this.applier = applier;
        this.writer = writer;
        this.source = source;
    }

    Written process(Connection c, List<SourceRecord> rows) throws SQLException {
        Set<Identity> identities = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        for (SourceRecord row : rows) {
            identities.addAll(row.contact().identities());
            row.contact().emails().forEach(e -> emails.add(e.key()));
        }
        Matches matches = matcher.lookup(c, identities, emails);
        Map<Identity, Long> identityOwner = new HashMap<>(matches.byIdentity());
        Map<String, Long> emailOwner = new HashMap<>(matches.byEmail());

        Set<Long> matched = new LinkedHashSet<>(identityOwner.values());
        matched.addAll(emailOwner.values());
        Map<Long, ContactState> states = matcher.load(c, matched);
        matcher.loadLabels(c, states, source);
        Set<Long> withConsent = new LinkedHashSet<>();
        int unmatched = 0;
        for (SourceRecord row : rows) {
            Set<Long> owners = owners(row.contact(), identityOwner, emailOwner);
            unmatched += owners.isEmpty() ? 1 : 0;
            if (row.contact().consent() != null) {
                withConsent.addAll(owners);
            }
        }
        Map<Long, LatestConsent> latestConsent = new HashMap<>(matcher.latestConsent(c, withConsent));
        long[] newIds = Sequences.next(c, "contacts_id_seq", unmatched);

        ChangeSet set = new ChangeSet();
        int nextId = 0;
        for (SourceRecord row : rows) {
            ContactData data = row.contact();
            Set<Long> owners = owners(data, identityOwner, emailOwner);
            if (owners.size() > 1) {
                applier.ambiguous(row, owners, set);
                continue;
            }
            ContactState state;
            if (owners.isEmpty()) {
                state = applier.create(row, newIds[nextId++], set);
                states.put(state.id(), state);
            } else {
                state = states.get(owners.iterator().next());
                applier.update(row, state, emailOwner::containsKey, identityOwner::containsKey, latestConsent, set);
            }
            long id = state.id();
            data.identities().forEach(i -> identityOwner.putIfAbsent(i, id));
            data.emails().forEach(e -> emailOwner.putIfAbsent(e.key(), id));
        }
        return new Written(writer.write(c, set), set.changes());
    }

    private static Set<Long> owners(ContactData data, Map<Identity, Long> identityOwner,
            Map<String, Long> emailOwner) {
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
        return owners;
    }
}
