-- Rows that only point at a row being deleted (a transaction, a conflict): they stay, the link is cleared.
with upd as (
    update {table} t set {column} = null
    from {table} prev
    where prev.id = t.id and t.{column} = any(?)
    returning t.id, prev.{column}::text as old_value
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select ?, '{table}', id, 'update', '{column}', old_value, null
from upd
