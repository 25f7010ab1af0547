-- Puts back the value a field had before the batch (its earliest old value there), typed by the column itself,
-- and audits what it replaced.
with v as (
    select distinct on (record_id) record_id, old_value
    from import_audit_log
    where batch_id = ? and table_name = '{table}' and action = 'update' and field = '{column}'
    order by record_id, id
),
prev as (
    select t.id, t.{column}::text as current_value from {table} t join v on v.record_id = t.id
),
upd as (
    update {table} t
    set {column} = (jsonb_populate_record(null::{table}, jsonb_build_object('{column}', v.old_value))).{column}
    from v
    where t.id = v.record_id
    returning t.id
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select ?, '{table}', prev.id, 'update', '{column}', prev.current_value, v.old_value
from prev join v on v.record_id = prev.id join upd on upd.id = prev.id
where prev.current_value is distinct from v.old_value
