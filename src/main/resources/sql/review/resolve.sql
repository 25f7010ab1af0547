-- Items answered (a decision) or settled (the stored value now equals the proposal): their status, who, when and
-- in which batch. Only open items change. Audited, so a rollback reopens them.
-- Parameters: the items, the status, who, the batch.
with p as (select ?::bigint[] as ids, ?::text as status, ?::text as resolved_by, ?::bigint as batch),
target as (
    select k.id, k.status, k.resolved_by, k.resolved_at::text as resolved_at,
           k.resolution_batch_id::text as resolution_batch_id
    from import_conflicts k, p where k.id = any(p.ids) and k.status = 'open'
),
upd as (
    update import_conflicts k
    set status = p.status, resolved_by = p.resolved_by, resolved_at = now(), resolution_batch_id = p.batch
    from p, target t where k.id = t.id
    returning k.id, k.resolved_at::text as resolved_at
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'import_conflicts', t.id, 'update', f.field, f.old_value, f.new_value
from p, target t
join upd u on u.id = t.id
cross join lateral (values ('status', t.status, p.status), ('resolved_by', t.resolved_by, p.resolved_by),
                           ('resolved_at', t.resolved_at, u.resolved_at),
                           ('resolution_batch_id', t.resolution_batch_id, p.batch::text))
    as f(field, old_value, new_value)
