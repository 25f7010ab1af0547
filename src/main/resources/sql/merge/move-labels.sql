-- The duplicate's tags (or products) are given to the kept contact where it lacks them, then taken from the
-- duplicate: both recorded as whole rows.
with p as (select ?::bigint as dup, ?::bigint as keep, ?::bigint as batch),
ins as (
    insert into {table} as t (contact_id, {label}, source, created_at)
    select p.keep, d.{label}, d.source, d.created_at from {table} d, p
    where d.contact_id = p.dup
      and not exists (select 1 from {table} k where k.contact_id = p.keep and k.{label} = d.{label})
    returning to_jsonb(t) as row
),
del as (delete from {table} d using p where d.contact_id = p.dup returning to_jsonb(d) as row)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, '{table}', p.keep, 'insert', 'row', null, ins.row::text from p, ins
union all
select p.batch, '{table}', p.dup, 'delete', null, del.row::text, null from p, del
