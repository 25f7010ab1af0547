-- who pays each subscription profile (PayPal I-…) a chunk names: the contact of the subscription that has it
select distinct on (s.provider_reference) s.provider_reference, s.contact_id
from subscriptions s
join contacts c on c.id = s.contact_id and c.deleted_at is null
where s.provider_reference = any(?)
order by s.provider_reference, s.id
