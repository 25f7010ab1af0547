-- A level set by a person: lock_reason 'person: <who> ...', which classification never lowers. Audited.
with p as (select ?::bigint as id, ?::text as level, ?::text as reason, ?::bigint as batch),
prev as (select c.id, c.lock_level, c.lock_reason from contacts c, p where c.id = p.id and c.deleted_at is null),
upd as (
    update contacts c set lock_level = p.level, lock_reason = p.reason, updated_at = now()
    from p, prev where c.id = prev.id
    returning c.id
),
audit as (
    insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
    select p.batch, 'contacts', prev.id, 'update', f.field, f.old_value, f.new_value
    from p, prev
    join upd on upd.id = prev.id
    cross join lateral (values ('lock_level', prev.lock_level, p.level),
                               ('lock_reason', prev.lock_reason, p.reason)) as f(field, old_value, new_value)
    where f.old_value is distinct from f.new_value
)
select count(*) from prev
