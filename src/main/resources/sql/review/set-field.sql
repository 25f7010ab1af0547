-- A value a reviewer decided (TAKE the incoming one, or SET their own), whatever the lock: audited.
with p as (select ?::bigint as id, ?::text as value, ?::bigint as batch),
prev as (select c.id, c.{column} as old_value from contacts c, p where c.id = p.id),
upd as (update contacts c set {column} = p.value, updated_at = now() from p where c.id = p.id returning c.id)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'contacts', prev.id, 'update', '{column}', prev.old_value, p.value
from p, prev join upd on upd.id = prev.id
where prev.old_value is distinct from p.value
