-- Rows a batch inserted whole (recorded as JSON), found again by their primary key.
with keys as (
    select (select jsonb_object_agg(k, j::jsonb -> k) from unnest(?::text[]) as k) as key
    from unnest(?::text[]) as j
),
del as (
    delete from {table} t using keys where to_jsonb(t) @> keys.key returning to_jsonb(t) as row
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select ?, '{table}', coalesce((row ->> 'id')::bigint, (row ->> 'contact_id')::bigint), 'delete', null, row::text,
       null
from del
