-- The values of these batches' field history go (what changed, where and when stays); the ledger marks the batches
-- (batch/values-expired), which can no longer be rolled back.
update import_audit_log set old_value = null, new_value = null where batch_id = any(?::bigint[])
