-- Rows a batch deleted, back exactly as they were (same id and timestamps).
with ins as (
    insert into {table} as t
    select r.* from unnest(?::text[]) as j, jsonb_populate_record(null::{table}, j::jsonb) as r
    returning to_jsonb(t) as row
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select ?, '{table}', coalesce((row ->> 'id')::bigint, (row ->> 'contact_id')::bigint), 'insert', 'row', null,
       row::text
from ins
