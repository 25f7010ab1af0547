-- Missing subscriptions whose stored status still says they run: the ones a person must look at.
-- Parameters: source, the statuses that count as running.
select s.external_id, s.status, s.offer_title, s.amount, s.currency, s.provider_reference, s.contact_id, c.email,
       s.missing_since
from subscriptions s
left join contacts c on c.id = s.contact_id
where s.source = ? and s.status = any(?)
  and not exists (select 1 from subscriptions_seen x where x.external_id = s.external_id)
order by s.external_id
