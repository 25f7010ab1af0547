-- What a rollback of one batch would undo: its audit-log rows counted by table, action and field, and the rows it
-- inserted that name it (batch_created_rows).
-- not materialized: the planner then sees the batch and reads it through its indexes (docs/architecture.md)
with p as not materialized (select ?::bigint as batch)
select table_name, action, coalesce(field, '') as field, count(*) as changes
from (select a.table_name, a.action, a.field from import_audit_log a, p where a.batch_id = p.batch
      union all
      select r.table_name, 'insert', null from batch_created_rows r, p where r.batch_id = p.batch) changes
group by table_name, action, field
order by table_name, action, field
