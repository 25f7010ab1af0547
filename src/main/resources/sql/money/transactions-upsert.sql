-- The chunk's transactions, upserted by (source, external id): inserted, or updated only where a value differs
-- (a blank never erases), so the same rows in a new file change nothing. A payment naming a subscription profile
-- (I-…) is linked to the subscription with that provider reference; an order to its event. An inserted transaction
-- names its batch (created_batch_id) instead of an audit row; each changed field is one audit row. Returns, per staged line, the transaction written and whether it was
-- inserted; a line that changed nothing is not returned. Parameters: source, batch id.
with params as (select ?::text as source, ?::bigint as batch),
staged as (
    select distinct on (st.external_id) st.*,
        (select s.id from subscriptions s where s.provider_reference = st.subscription_reference
         order by s.id limit 1) as subscription_id,
        (select e.id from events e, params p where e.source = p.source and e.external_id = st.event_external_id)
            as event_id
    from transaction_stage st order by st.external_id, st.line desc
),
old as (
    select t.* from transactions t join staged st on st.external_id = t.external_id, params p
    where t.source = p.source
),
upserted as (
    insert into transactions as t (contact_id, source, external_id, type, status, amount, fee, net, currency,
        occurred_at, offer_title, order_number, payment_method, event_id, subscription_id, reference_external_id,
        amount_paid, amount_refunded, cancelled, created_batch_id)
    select st.contact_id, p.source, st.external_id, st.type, st.status, st.amount, st.fee, st.net, st.currency,
        st.occurred_at, st.offer_title, st.order_number, st.payment_method, st.event_id, st.subscription_id,
        st.reference_external_id, st.amount_paid, st.amount_refunded, st.cancelled, p.batch
    from staged st, params p
    on conflict (source, external_id) do update set
        contact_id = coalesce(excluded.contact_id, t.contact_id),
        type = excluded.type,
        status = coalesce(excluded.status, t.status),
        amount = excluded.amount,
        fee = coalesce(excluded.fee, t.fee),
        net = coalesce(excluded.net, t.net),
        currency = coalesce(excluded.currency, t.currency),
        occurred_at = coalesce(excluded.occurred_at, t.occurred_at),
        offer_title = coalesce(excluded.offer_title, t.offer_title),
        order_number = coalesce(excluded.order_number, t.order_number),
        payment_method = coalesce(excluded.payment_method, t.payment_method),
        event_id = coalesce(excluded.event_id, t.event_id),
        subscription_id = coalesce(excluded.subscription_id, t.subscription_id),
        reference_external_id = coalesce(excluded.reference_external_id, t.reference_external_id),
        amount_paid = coalesce(excluded.amount_paid, t.amount_paid),
        amount_refunded = coalesce(excluded.amount_refunded, t.amount_refunded),
        cancelled = coalesce(excluded.cancelled, t.cancelled)
    where (t.contact_id, t.type, t.status, t.amount, t.fee, t.net, t.currency, t.occurred_at, t.offer_title,
           t.order_number, t.payment_method, t.event_id, t.subscription_id, t.reference_external_id, t.amount_paid,
           t.amount_refunded, t.cancelled)
          is distinct from
          (coalesce(excluded.contact_id, t.contact_id), excluded.type, coalesce(excluded.status, t.status),
           excluded.amount, coalesce(excluded.fee, t.fee), coalesce(excluded.net, t.net),
           coalesce(excluded.currency, t.currency), coalesce(excluded.occurred_at, t.occurred_at),
           coalesce(excluded.offer_title, t.offer_title), coalesce(excluded.order_number, t.order_number),
           coalesce(excluded.payment_method, t.payment_method), coalesce(excluded.event_id, t.event_id),
           coalesce(excluded.subscription_id, t.subscription_id),
           coalesce(excluded.reference_external_id, t.reference_external_id),
           coalesce(excluded.amount_paid, t.amount_paid), coalesce(excluded.amount_refunded, t.amount_refunded),
           coalesce(excluded.cancelled, t.cancelled))
    returning t.id, t.external_id, (t.xmax = 0) as inserted, t.contact_id, t.type, t.status, t.amount, t.fee, t.net,
        t.currency, t.occurred_at, t.offer_title, t.order_number, t.payment_method, t.event_id, t.subscription_id,
        t.reference_external_id, t.amount_paid, t.amount_refunded, t.cancelled
),
audit as (
    insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
    select p.batch, 'transactions', u.id, 'update', f.field, f.old_value, f.new_value
    from upserted u join old o on o.external_id = u.external_id
    cross join params p
    cross join lateral (values
        ('contact_id', o.contact_id::text, u.contact_id::text),
        ('type', o.type, u.type),
        ('status', o.status, u.status),
        ('amount', o.amount::text, u.amount::text),
        ('fee', o.fee::text, u.fee::text),
        ('net', o.net::text, u.net::text),
        ('currency', o.currency, u.currency),
        ('occurred_at', o.occurred_at::text, u.occurred_at::text),
        ('offer_title', o.offer_title, u.offer_title),
        ('order_number', o.order_number, u.order_number),
        ('payment_method', o.payment_method, u.payment_method),
        ('event_id', o.event_id::text, u.event_id::text),
        ('subscription_id', o.subscription_id::text, u.subscription_id::text),
        ('reference_external_id', o.reference_external_id, u.reference_external_id),
        ('amount_paid', o.amount_paid::text, u.amount_paid::text),
        ('amount_refunded', o.amount_refunded::text, u.amount_refunded::text),
        ('cancelled', o.cancelled::text, u.cancelled::text)) as f(field, old_value, new_value)
    where not u.inserted and f.old_value is distinct from f.new_value
)
select st.line, u.id, u.inserted, u.external_id from upserted u join staged st on st.external_id = u.external_id
