-- The duplicate's emails now belong to the kept contact; its primary email becomes an additional one.
with p as (select ?::bigint as dup, ?::bigint as keep, ?::bigint as batch),
upd as (
    update contact_emails e
    set contact_id = p.keep, kind = case when e.kind = 'primary' then 'additional' else e.kind end
    from p, contact_emails prev
    where prev.id = e.id and e.contact_id = p.dup
    returning e.id, prev.contact_id as old_contact, e.contact_id, prev.kind as old_kind, e.kind
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'contact_emails', u.id, 'update', f.field, f.old_value, f.new_value
from p, upd u
cross join lateral (values ('contact_id', u.old_contact::text, u.contact_id::text), ('kind', u.old_kind, u.kind))
    as f(field, old_value, new_value)
where f.old_value is distinct from f.new_value
