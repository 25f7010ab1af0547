-- Pairs (subscription's contact, a different contact paying it) among the chunk's staged transactions and
-- subscriptions: almost always none, so the checks on the contacts (profile-payers.sql) run only for pairs found.
-- Parameter: source.
with params as (select ?::text as source)
select s.contact_id as owner, t.contact_id as payer
from transaction_stage st, params p
join transactions t on t.source = p.source
join subscriptions s on s.id = t.subscription_id
where t.external_id = st.external_id and t.contact_id <> s.contact_id
union
select s.contact_id, t.contact_id
from subscription_stage st, params p
join subscriptions s on s.source = p.source
join transactions t on t.subscription_id = s.id
where s.external_id = st.external_id and t.contact_id <> s.contact_id
