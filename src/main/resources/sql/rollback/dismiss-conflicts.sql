-- The open conflicts of an undone batch no longer await anyone: dismissed, audited (so a re-apply reopens them).
with target as (
    select id, status, resolved_by, resolved_at::text as resolved_at, resolution_batch_id::text as resolution_batch_id
    from import_conflicts where batch_id = ? and status = 'open'
),
upd as (
    update import_conflicts k
    set status = 'dismissed', resolved_by = ?, resolved_at = now(), resolution_batch_id = ?
    from target where k.id = target.id
    returning k.id, k.resolved_by, k.resolved_at::text as resolved_at, k.resolution_batch_id::text as batch
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select ?, 'import_conflicts', t.id, 'update', f.field, f.old_value, f.new_value
from target t
join upd u on u.id = t.id
cross join lateral (values ('status', t.status, 'dismissed'), ('resolved_by', t.resolved_by, u.resolved_by),
                           ('resolved_at', t.resolved_at, u.resolved_at),
                           ('resolution_batch_id', t.resolution_batch_id, u.batch)) as f(field, old_value, new_value)
