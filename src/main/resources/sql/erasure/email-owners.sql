-- Every contact an email (matching form) reaches: the one holding it, and any whose primary email, consent history
-- or merge snapshot still spells it (a contact merged away keeps its row).
with p as (select ?::text as email)
select e.contact_id from contact_emails e, p where e.email = p.email
union
select c.id from contacts c, p where lower(trim(c.email)) = p.email and c.erased_at is null
union
select ce.contact_id from consent_events ce, p where lower(trim(ce.email)) = p.email
union
select m.merged_contact_id from contact_merges m, p
where lower(trim(m.merged_snapshot -> 'contact' ->> 'email')) = p.email
order by 1
