-- A subscription paid through its provider profile by a contact other than its own is most likely one person known
-- twice (PayPal payments imported before the Kajabi subscription they pay, or paid from an address that already
-- made another contact). Nothing is changed: an AMBIGUOUS conflict suggests the merge, once per pair of contacts,
-- on the chunk line that revealed it. Parameters: source, batch id.
with params as (select ?::text as source, ?::bigint as batch),
found as (
    select st.line, s.contact_id as owner, t.contact_id as payer, s.provider_reference
    from transaction_stage st, params p
    join transactions t on t.source = p.source
    join subscriptions s on s.id = t.subscription_id
    where t.external_id = st.external_id and t.contact_id <> s.contact_id
    union all
    select st.line, s.contact_id, t.contact_id, s.provider_reference
    from subscription_stage st, params p
    join subscriptions s on s.source = p.source
    join transactions t on t.subscription_id = s.id
    where s.external_id = st.external_id and t.contact_id <> s.contact_id
),
pairs as (
    select distinct on (least(owner, payer), greatest(owner, payer)) line, owner, payer, provider_reference,
        'contacts ' || least(owner, payer) || ', ' || greatest(owner, payer) as contacts
    from found
    order by least(owner, payer), greatest(owner, payer), line
)
insert into import_conflicts (batch_id, contact_id, line, field, current_value, incoming_value, reason)
select p.batch, x.owner, x.line, 'contact', x.contacts, 'pays subscription profile ' || x.provider_reference,
    'AMBIGUOUS'
from pairs x, params p
where not exists (select 1 from import_conflicts k where k.reason = 'AMBIGUOUS' and k.field = 'contact'
                  and k.current_value = x.contacts)
returning id, contact_id, line, field, current_value, incoming_value, reason
