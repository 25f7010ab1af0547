-- Payments imported before the subscription they pay (PayPal first, Kajabi subscriptions later) are linked once the
-- chunk's subscriptions name their profile; each link is audited as a field update. Parameters: source, batch id.
with params as (select ?::text as source, ?::bigint as batch),
linked as (
    update transactions t set subscription_id = s.id
    from subscription_stage st, subscriptions s, params p
    where s.source = p.source and s.external_id = st.external_id and st.provider_reference is not null
      and t.reference_external_id = st.provider_reference and t.subscription_id is null
    returning t.id, t.subscription_id
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'transactions', l.id, 'update', 'subscription_id', null, l.subscription_id::text
from linked l, params p
