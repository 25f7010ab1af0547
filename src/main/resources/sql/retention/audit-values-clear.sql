-- The values of these batches' field history go (what changed, where and when stays); the batches can no longer
-- be rolled back.
with f as (select ?::bigint[] as ids),
cleared as (update import_audit_log a set old_value = null, new_value = null from f where a.batch_id = any(f.ids))
update import_batches b set values_expired_at = now() from f where b.id = any(f.ids)
