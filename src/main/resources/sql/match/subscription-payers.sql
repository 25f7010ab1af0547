-- The contacts paying the chunk's subscriptions through their provider profile: payments already linked to the
-- stored subscription, and payments its profile is about to link (money/transactions-link-subscriptions.sql).
-- One row per (subscription, payer), with the stored subscription's contact and profile (null when it is new).
-- Parameters: source, the chunk's subscription external ids and their provider references (same order).
with params as (select ?::text as source),
chunk as (
    select k.external_id, k.profile, s.id, s.contact_id as owner, s.provider_reference
    from unnest(?::text[], ?::text[]) as k(external_id, profile)
    cross join params p
    left join subscriptions s on s.source = p.source and s.external_id = k.external_id
)
select c.external_id, c.owner, c.provider_reference, t.contact_id
from chunk c join transactions t on t.subscription_id = c.id
where t.contact_id is not null
union
select c.external_id, c.owner, c.provider_reference, t.contact_id
from chunk c join transactions t on t.reference_external_id = c.profile and t.subscription_id is null
where t.contact_id is not null
