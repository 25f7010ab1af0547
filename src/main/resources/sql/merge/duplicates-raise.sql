-- Likely duplicates (docs/review.md): live contacts with the same normalised name and the same phone (digits only) or
-- the same postal code, and different emails. Each new pair becomes a DUPLICATE conflict ("contacts KEEP, DUP",
-- the lower id kept) that a MERGE decision answers; a pair already open, kept or dismissed is not raised again.
with c as (
    select id, email,
           lower(trim(coalesce(first_name, ''))) || ' ' || lower(trim(coalesce(last_name, ''))) as name,
           regexp_replace(coalesce(phone, ''), '\D', '', 'g') as phone,
           upper(regexp_replace(coalesce(postal_code, ''), '\s', '', 'g')) as postal
    from contacts
    where deleted_at is null and trim(coalesce(first_name, '') || coalesce(last_name, '')) <> ''
),
pairs as (
    select a.id as keep, b.id as dup, b.email as dup_email,
           a.phone <> '' and a.phone = b.phone as same_phone, a.postal <> '' and a.postal = b.postal as same_postal
    from c a
    join c b on b.name = a.name and b.id > a.id
    where lower(coalesce(a.email, '')) <> lower(coalesce(b.email, ''))
      and ((a.phone <> '' and a.phone = b.phone) or (a.postal <> '' and a.postal = b.postal))
),
scored as (
    select keep, 'contacts ' || keep || ', ' || dup as names,
           case when same_phone and same_postal then '100: same name, phone and postal code'
                when same_phone then '90: same name and phone'
                else '70: same name and postal code' end || ' (' || coalesce(dup_email, 'no email') || ')' as why
    from pairs
)
insert into import_conflicts (batch_id, contact_id, field, current_value, incoming_value, reason)
select ?, s.keep, 'contact', s.names, s.why, 'DUPLICATE'
from scored s
where not exists (select 1 from import_conflicts k
                  where k.reason = 'DUPLICATE' and k.current_value = s.names and k.status <> 'merged')
