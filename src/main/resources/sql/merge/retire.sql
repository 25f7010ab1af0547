-- The duplicate stays (its id is in the history) but is soft-deleted.
with p as (select ?::bigint as dup, ?::bigint as batch),
before as (select to_jsonb(c) as j from contacts c, p where c.id = p.dup),
upd as (update contacts c set deleted_at = now(), updated_at = now() from p where c.id = p.dup returning to_jsonb(c) as j)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'contacts', p.dup, 'update', key, b.j ->> key, u.j ->> key
from p, before b, upd u, jsonb_object_keys(u.j) as key
where b.j -> key is distinct from u.j -> key
