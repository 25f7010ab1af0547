-- Payments imported before the subscription they pay made a contact known only to PayPal (its payer email). The
-- subscription's provider profile says who that payer is, so that contact is merged into the subscription's: the
-- same person the other order of arrival gives (there the payer email is attached to the subscription's contact).
-- A payer known from anywhere else (another source's email, an id, tags, a lock a person set) is left to a
-- reviewer (payer-conflicts.sql). Parameters: the candidate pairs (profile-payer-candidates.sql) as two arrays,
-- owners and payers: given as values, they are looked up by id instead of hashing every contact per chunk.
select distinct on (f.payer) f.owner, f.payer
from unnest(?::bigint[], ?::bigint[]) as f(owner, payer)
join contacts payer on payer.id = f.payer and payer.deleted_at is null
join contacts owner on owner.id = f.owner and owner.deleted_at is null
where payer.source_system = 'paypal'
  and (payer.lock_reason is null or payer.lock_reason like 'auto:%')
  and not exists (select 1 from contact_emails e where e.contact_id = payer.id and e.source <> 'paypal')
  and not exists (select 1 from contact_identities i where i.contact_id = payer.id)
  and not exists (select 1 from contact_tags ct where ct.contact_id = payer.id)
  and not exists (select 1 from transactions x where x.contact_id = payer.id and x.source <> 'paypal')
order by f.payer, f.owner
