-- The pairs of these contacts a person said are different people: an AMBIGUOUS or DUPLICATE item naming both
-- ("contacts 3, 7") that a person kept or dismissed in a review, or a merge of them a person undid. Rows that find
-- them one person never merge them automatically (decide/OnePerson). Parameter: the contacts.
with p as (select ?::bigint[] as ids),
named as (
    select array(select m[1]::bigint from regexp_matches(k.current_value, '\d+', 'g') as m) as ids
    from import_conflicts k
    join import_batches b on b.id = k.resolution_batch_id
    where k.reason in ('AMBIGUOUS', 'DUPLICATE') and k.field = 'contact' and k.current_value like 'contacts %'
      and (k.status = 'kept' or (k.status = 'dismissed' and b.kind = 'review'))
)
select distinct a.id, b.id
from named, p, unnest(named.ids) as a(id), unnest(named.ids) as b(id)
where a.id < b.id and a.id = any(p.ids) and b.id = any(p.ids)
union
select least(m.kept_contact_id, m.merged_contact_id), greatest(m.kept_contact_id, m.merged_contact_id)
from contact_merges m, p
where m.undone_at is not null and m.kept_contact_id = any(p.ids) and m.merged_contact_id = any(p.ids)
