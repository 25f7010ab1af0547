-- Where the values a merge fills into the kept contact came from: the duplicate's entry of each field the kept
-- contact has blank (and no entry for) moves with the value (run before merge/combine fills them), audited so undo
-- moves it back.
with p as (select ?::bigint as dup, ?::bigint as keep, ?::bigint as batch),
k as (select to_jsonb(c) as j, coalesce(t.fields, '{}') as fields
      from p join contacts c on c.id = p.keep left join contact_provenance t on t.id = p.keep),
moved as (
    select e.key, e.value
    from p, k, contact_provenance d
    cross join lateral jsonb_each(provenance_fields(d.fields)) e
    where d.id = p.dup and coalesce(k.j ->> e.key, '') = '' and k.fields -> e.key is null
)
select write_provenance(p.batch, array[p.keep, p.dup],
                        array[jsonb_object_agg(m.key, m.value), jsonb_object_agg(m.key, 'null'::jsonb)])
from p, moved m
group by p.keep, p.dup, p.batch
