-- Rows that belong to a row being deleted (they would go with it, or block it): kept whole in the audit.
with del as (
    delete from {table} t where t.{column} = any(?) returning to_jsonb(t) as row
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select ?, '{table}', coalesce((row ->> 'id')::bigint, (row ->> 'contact_id')::bigint), 'delete', null, row::text,
       null
from del
