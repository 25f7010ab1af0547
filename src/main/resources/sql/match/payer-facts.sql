-- What is known about contacts that may pay another contact's subscription profile (decide/PayerFacts): where they
-- came from, who set their lock, and whether anything besides the paying source's payments knows them.
-- Parameters: the paying source (paypal), the contact ids.
with params as (select ?::text as source)
select c.id, c.source_system, c.lock_reason,
    exists (select 1 from contact_emails e where e.contact_id = c.id and e.source <> p.source),
    exists (select 1 from contact_identities i where i.contact_id = c.id),
    exists (select 1 from contact_tags ct where ct.contact_id = c.id),
    exists (select 1 from transactions x where x.contact_id = c.id and x.source <> p.source)
from contacts c, params p
where c.id = any(?) and c.deleted_at is null
