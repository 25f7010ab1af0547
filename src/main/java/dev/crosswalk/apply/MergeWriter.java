package dev.crosswalk.apply;

import dev.crosswalk.db.Sql;
import dev.crosswalk.decide.ChunkPlan;
import dev.crosswalk.decide.ChunkPlan.Merge;
import dev.crosswalk.decide.ContactState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs the merges a chunk's plan names, after its contacts and money records are written (they move with their
 * contact): one person known twice, found by a row naming keys of both, and a payer known only to PayPal into the
 * contact whose subscription it pays. Then the subscriptions of the contacts kept by merges of one person, as their
 * consent evidence made them in the plan (merging alone keeps any opt-in). Every change audited in the batch.
 */
public final class MergeWriter {

    private static final Logger LOG = LoggerFactory.getLogger(MergeWriter.class);

    private final long batchId;

    public MergeWriter(long batchId) {
        this.batchId = batchId;
    }

    public void write(Connection c, ChunkPlan plan) throws SQLException {
        for (Merge merge : plan.merges()) {
            ContactMerger.merge(c, merge.keep(), merge.duplicate(), batchId);
            LOG.info("Batch {}: contact {} merged into contact {}", batchId, merge.duplicate(), merge.keep());
        }
        if (plan.settledByMerges().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/settle-subscription"))) {
            for (ContactState kept : plan.settledByMerges()) {
                ps.setLong(1, kept.id());
                ps.setBoolean(2, kept.subscribed());
                ps.setBoolean(3, kept.isProtected());
                ps.setString(4, kept.protectedReason());
                ps.setLong(5, batchId);
                ps.executeUpdate();
            }
        }
    }
}
