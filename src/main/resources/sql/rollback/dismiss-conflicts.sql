-- The open items an undone batch opened no longer await anyone, unless evidence of another batch still asks their
-- question: dismissed, audited (so a re-apply reopens them).
with upd as (
    update import_conflicts k
    set status = 'dismissed', resolved_by = ?, resolved_at = now(), resolution_batch_id = ?
    from import_conflicts prev
    where prev.id = k.id and k.batch_id = ? and k.status = 'open'
      and not exists (select 1 from import_conflict_evidence e where e.conflict_id = k.id)
    returning k.id, prev.status, prev.resolved_by as old_by, prev.resolved_at::text as old_at,
              prev.resolution_batch_id::text as old_batch, k.resolved_by, k.resolved_at::text as resolved_at,
              k.resolution_batch_id::text as batch
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select ?, 'import_conflicts', u.id, 'update', f.field, f.old_value, f.new_value
from upd u
cross join lateral (values ('status', u.status, 'dismissed'), ('resolved_by', u.old_by, u.resolved_by),
                           ('resolved_at', u.old_at, u.resolved_at), ('resolution_batch_id', u.old_batch, u.batch))
    as f(field, old_value, new_value)
