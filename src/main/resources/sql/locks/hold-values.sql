-- A level a person sets (docs/values.md): the contact's current values of the groups it closes become the person's
-- (by_person, decided by the lock's reason, as of now), and the groups it opens are released where a lock had held
-- them (a value a person decided in review stays theirs). Audited in the batch like any write.
with p as (select ?::bigint as id, ?::text as level, ?::text as reason, ?::bigint as batch),
fields(field, field_group) as (
    values ('first_name', 'name'), ('last_name', 'name'), ('phone', 'address'), ('address_line1', 'address'),
           ('address_line2', 'address'), ('city', 'address'), ('region', 'address'), ('postal_code', 'address'),
           ('country', 'address')
),
wanted as (
    select f.field, to_jsonb(c) ->> f.field as value, c.source_system,
           not coalesce((select l.allowed from import_lock_rules l
                         where l.lock_level = p.level and l.field_group = f.field_group), false) as hold
    from p join contacts c on c.id = p.id cross join fields f
),
prev as (
    select s.id, s.field, s.source, s.evidence_at, s.batch_id, s.by_person, s.decided_by
    from contact_field_sources s, p where s.contact_id = p.id
),
changes as (
    select w.field, coalesce(prev.source, w.source_system) as source, w.hold
    from wanted w left join prev on prev.field = w.field
    where w.value is not null
      and (w.hold and (prev.id is null or not prev.by_person)
           or not w.hold and prev.by_person and (prev.decided_by like 'person:%' or prev.decided_by like 'adopted:%'))
),
up as (
    insert into contact_field_sources (contact_id, field, source, evidence_at, batch_id, by_person, decided_by)
    select p.id, ch.field, ch.source, now(), p.batch, ch.hold, case when ch.hold then p.reason end
    from p, changes ch
    on conflict (contact_id, field) do update
        set evidence_at = excluded.evidence_at, batch_id = excluded.batch_id, by_person = excluded.by_person,
            decided_by = excluded.decided_by
    returning id, field, evidence_at, batch_id, by_person, decided_by
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'contact_field_sources', up.id, 'insert', null, null, p.id || ' ' || up.field
from p, up left join prev on prev.field = up.field
where prev.id is null
union all
select p.batch, 'contact_field_sources', up.id, 'update', c.column_name, c.old_value, c.new_value
from p, up join prev on prev.field = up.field
cross join lateral (values
    ('evidence_at', prev.evidence_at::text, up.evidence_at::text),
    ('batch_id', prev.batch_id::text, up.batch_id::text),
    ('by_person', prev.by_person::text, up.by_person::text),
    ('decided_by', prev.decided_by, up.decided_by)
) as c(column_name, old_value, new_value)
where c.old_value is distinct from c.new_value
