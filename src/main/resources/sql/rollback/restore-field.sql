-- Puts back the value a field had before the batch (its earliest old value there), typed by the column itself,
-- and audits what it replaced (the self-join reads the row as it was before this update).
with v as (
    select distinct on (record_id) record_id, old_value
    from import_audit_log
    where batch_id = ? and table_name = '{table}' and action = 'update' and field = '{column}'
    order by record_id, id
),
upd as (
    update {table} t
    set {column} = (jsonb_populate_record(null::{table}, jsonb_build_object('{column}', v.old_value))).{column}
    from v, {table} prev
    where t.id = v.record_id and prev.id = t.id
    returning t.id, prev.{column}::text as current_value, v.old_value
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select ?, '{table}', id, 'update', '{column}', current_value, old_value
from upd
where current_value is distinct from old_value
