-- What a person's contacts hold that names them: every email (matching form), every source id, and the personal
-- text of their rows, of their merge snapshots, of the conflicts about them and of their field history (names,
-- phone, address, as they are and as they were), for finding copies outside the tables.
with f as (select unnest(?::bigint[]) as id),
personal (field) as (values ('first_name'), ('last_name'), ('phone'), ('address_line1'), ('address_line2'),
                            ('postal_code')),
history (field, value) as (
    select k.field, v.value
    from import_conflicts k join f on f.id = k.contact_id
    cross join lateral (values (k.current_value), (k.incoming_value)) as v (value)
    union all
    select a.field, v.value
    from import_audit_log a join f on f.id = a.record_id and a.table_name = 'contacts'
    cross join lateral (values (a.old_value), (a.new_value)) as v (value)
),
people as (
    select to_jsonb(c) as j from contacts c join f on f.id = c.id
    union all
    select s.j
    from contact_merges m
    join f on f.id in (m.kept_contact_id, m.merged_contact_id)
    cross join lateral (values (m.kept_snapshot -> 'contact'), (m.merged_snapshot -> 'contact')) as s (j)
)
select 'email' as kind, e.email as value, null as detail from contact_emails e join f on f.id = e.contact_id
union
select 'email', lower(trim(p.j ->> 'email')), null from people p where coalesce(p.j ->> 'email', '') <> ''
union
select 'email', lower(trim(ce.email)), null from consent_events ce join f on f.id = ce.contact_id
where coalesce(ce.email, '') <> ''
union
select 'identity', i.source, i.external_id from contact_identities i join f on f.id = i.contact_id
union
select 'text', trim(v.value), v.key
from people p cross join lateral jsonb_each_text(p.j) as v
where v.key in (select field from personal) and trim(coalesce(v.value, '')) <> ''
union
select 'text', trim(h.value), h.field
from history h where h.field in (select field from personal) and trim(coalesce(h.value, '')) <> ''
union
select 'text', trim(concat_ws(' ', p.j ->> 'first_name', p.j ->> 'last_name')), 'name'
from people p where p.j ->> 'first_name' is not null and p.j ->> 'last_name' is not null
order by 1, 2
