-- Tags (or products) as both snapshots hold them: the kept contact loses what the merge gave it, the duplicate
-- gets back what it had. Whole rows, audited.
with p as (select ?::bigint as keep, ?::jsonb as keep_rows, ?::jsonb as dup_rows, ?::bigint as batch),
del as (
    delete from {table} t using p
    where t.contact_id = p.keep
      and not p.keep_rows @> jsonb_build_array(jsonb_build_object('{label}', t.{label}))
    returning to_jsonb(t) as row
),
ins as (
    insert into {table} as t
    select r.* from p, jsonb_array_elements(p.dup_rows) as e, jsonb_populate_record(null::{table}, e) as r
    where not exists (select 1 from {table} x where x.contact_id = r.contact_id and x.{label} = r.{label})
    returning to_jsonb(t) as row
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, '{table}', p.keep, 'delete', null, del.row::text, null from p, del
union all
select p.batch, '{table}', (ins.row ->> 'contact_id')::bigint, 'insert', 'row', null, ins.row::text from p, ins
