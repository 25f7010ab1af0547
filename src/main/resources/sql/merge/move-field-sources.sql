-- Where the values a merge fills into the kept contact came from: the duplicate's provenance of each field the kept
-- contact has blank moves with the value (run before merge/combine fills them), audited so undo moves it back.
with p as (select ?::bigint as dup, ?::bigint as keep, ?::bigint as batch),
k as (select to_jsonb(c) as j from contacts c, p where c.id = p.keep),
upd as (
    update contact_field_sources f set contact_id = p.keep
    from p, k
    where f.contact_id = p.dup and coalesce(k.j ->> f.field, '') = ''
      and not exists (select 1 from contact_field_sources o where o.contact_id = p.keep and o.field = f.field)
    returning f.id
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'contact_field_sources', upd.id, 'update', 'contact_id', p.dup::text, p.keep::text
from p, upd
