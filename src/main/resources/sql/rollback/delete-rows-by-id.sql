with del as (
    delete from {table} t where t.id = any(?) returning to_jsonb(t) as row
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select ?, '{table}', (row ->> 'id')::bigint, 'delete', null, row::text, null
from del
