-- The duplicate's emails now belong to the kept contact; its primary email becomes an additional one.
with p as (select ?::bigint as dup, ?::bigint as keep, ?::bigint as batch),
prev as (select e.id, e.contact_id, e.kind from contact_emails e, p where e.contact_id = p.dup),
upd as (
    update contact_emails e
    set contact_id = p.keep, kind = case when e.kind = 'primary' then 'additional' else e.kind end
    from p, prev where e.id = prev.id
    returning e.id, e.contact_id, e.kind
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'contact_emails', prev.id, 'update', f.field, f.old_value, f.new_value
from p, prev
join upd on upd.id = prev.id
cross join lateral (values ('contact_id', prev.contact_id::text, upd.contact_id::text),
                           ('kind', prev.kind, upd.kind)) as f(field, old_value, new_value)
where f.old_value is distinct from f.new_value
