-- The first changes of one batch, as they will be undone: table, record, field, value before and after; the rows
-- it inserted that name it first (batch_created_rows, labelled as their audit rows were), then its audit rows.
-- not materialized: the planner then sees the batch and reads it through its indexes (docs/architecture.md)
with p as not materialized (select ?::bigint as batch)
select table_name, record_id, action, field, old_value, new_value
from (select 0 as id, r.table_name, r.record_id, 'insert' as action, null as field, null as old_value,
             r.label as new_value
      from batch_created_rows r, p where r.batch_id = p.batch
      union all
      select a.id, a.table_name, a.record_id, a.action, a.field, a.old_value, a.new_value
      from import_audit_log a, p
      where a.batch_id = p.batch) changes
order by id, table_name, record_id
limit ?
