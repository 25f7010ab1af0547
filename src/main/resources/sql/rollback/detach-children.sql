-- Rows that only point at a row being deleted (a transaction, a conflict): they stay, the link is cleared.
with prev as (
    select t.id, t.{column}::text as old_value from {table} t where t.{column} = any(?)
),
upd as (
    update {table} t set {column} = null where t.{column} = any(?) returning t.id
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select ?, '{table}', prev.id, 'update', '{column}', prev.old_value, null
from prev join upd on upd.id = prev.id
