-- What a person's contacts hold that names them: every email (matching form), every source id, and the personal
-- text of their rows and of their merge snapshots (names, phone, address), for finding copies outside the tables.
with f as (select unnest(?::bigint[]) as id),
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
where v.key in ('first_name', 'last_name', 'phone', 'address_line1', 'address_line2', 'postal_code')
  and trim(coalesce(v.value, '')) <> ''
union
select 'text', trim(concat_ws(' ', p.j ->> 'first_name', p.j ->> 'last_name')), 'name'
from people p where p.j ->> 'first_name' is not null and p.j ->> 'last_name' is not null
order by 1, 2
