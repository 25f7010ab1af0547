-- Where a contact's field now comes from (contact_field_sources): a source's proposal taken, or a person's value.
-- Audited by the data-model convention: a new row as inserted, a changed row column by column.
with p as (select ?::bigint as contact_id, ?::text as field, ?::text as source, ?::timestamptz as evidence_at,
                  ?::bigint as batch_id, ?::boolean as by_person, ?::text as decided_by, ?::bigint as batch),
prev as (
    select s.id, s.source, s.evidence_at::text as evidence_at, s.batch_id::text as batch_id,
           s.by_person::text as by_person, s.decided_by
    from contact_field_sources s, p where s.contact_id = p.contact_id and s.field = p.field
),
ins as (
    insert into contact_field_sources (contact_id, field, source, evidence_at, batch_id, by_person, decided_by)
    select p.contact_id, p.field, p.source, p.evidence_at, p.batch_id, p.by_person, p.decided_by from p
    where not exists (select 1 from prev)
    returning id
),
upd as (
    update contact_field_sources s
    set source = p.source, evidence_at = p.evidence_at, batch_id = p.batch_id, by_person = p.by_person,
        decided_by = p.decided_by
    from p where s.contact_id = p.contact_id and s.field = p.field
    returning s.id, s.evidence_at::text as evidence_at
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'contact_field_sources', ins.id, 'insert', null, null, p.field from p, ins
union all
select p.batch, 'contact_field_sources', prev.id, 'update', f.field, f.old_value, f.new_value
from p, prev
join upd on upd.id = prev.id
cross join lateral (values ('source', prev.source, p.source), ('evidence_at', prev.evidence_at, upd.evidence_at),
                           ('batch_id', prev.batch_id, p.batch_id::text),
                           ('by_person', prev.by_person, p.by_person::text),
                           ('decided_by', prev.decided_by, p.decided_by))
    as f(field, old_value, new_value)
where f.old_value is distinct from f.new_value
