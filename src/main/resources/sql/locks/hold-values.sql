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
    select s.field, s.source, s.by_person, s.decided_by, s.fills_blanks_only
    from contact_field_sources s, p where s.contact_id = p.id
),
changes as (
    select w.field, coalesce(prev.source, w.source_system) as source, coalesce(prev.fills_blanks_only, false) as blanks,
           w.hold
    from wanted w left join prev on prev.field = w.field
    where w.value is not null
      and (w.hold and (prev.field is null or not prev.by_person)
           or not w.hold and prev.by_person and (prev.decided_by like 'person:%' or prev.decided_by like 'adopted:%'))
)
select write_provenance(p.batch, array[p.id],
                        array[jsonb_object_agg(ch.field, provenance_entry(ch.source, now(), p.batch, ch.hold,
                                                                          case when ch.hold then p.reason end,
                                                                          ch.blanks))])
from p, changes ch
group by p.id, p.batch
