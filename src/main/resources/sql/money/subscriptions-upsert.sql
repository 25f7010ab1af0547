-- The chunk's subscriptions, upserted by (source, external id): inserted, or updated only where a value differs
-- (a blank never erases; a subscription listed again is no longer missing). Each insert is one audit row, each
-- changed field one more. Every listed id is remembered for the reconciliation. Returns, per staged line, the
-- subscription written and whether it was inserted; a line that changed nothing is not returned.
-- Parameters: source, batch id.
with params as (select ?::text as source, ?::bigint as batch),
staged as (
    select distinct on (external_id) * from subscription_stage order by external_id, line desc
),
seen as (
    insert into subscriptions_seen (external_id) select external_id from staged on conflict do nothing
),
old as (
    select s.* from subscriptions s join staged st on st.external_id = s.external_id, params p
    where s.source = p.source
),
upserted as (
    insert into subscriptions as s (contact_id, source, external_id, offer_title, amount, currency, interval, status,
        provider, provider_reference, coupon, started_at, canceled_at, trial_ends_at, next_payment_at,
        last_seen_batch)
    select st.contact_id, p.source, st.external_id, st.offer_title, st.amount, st.currency, st.interval, st.status,
        st.provider, st.provider_reference, st.coupon, st.started_at, st.canceled_at, st.trial_ends_at,
        st.next_payment_at, p.batch
    from staged st, params p
    on conflict (source, external_id) do update set
        contact_id = coalesce(excluded.contact_id, s.contact_id),
        offer_title = coalesce(excluded.offer_title, s.offer_title),
        amount = coalesce(excluded.amount, s.amount),
        currency = coalesce(excluded.currency, s.currency),
        interval = coalesce(excluded.interval, s.interval),
        status = coalesce(excluded.status, s.status),
        provider = coalesce(excluded.provider, s.provider),
        provider_reference = coalesce(excluded.provider_reference, s.provider_reference),
        coupon = coalesce(excluded.coupon, s.coupon),
        started_at = coalesce(excluded.started_at, s.started_at),
        canceled_at = coalesce(excluded.canceled_at, s.canceled_at),
        trial_ends_at = coalesce(excluded.trial_ends_at, s.trial_ends_at),
        next_payment_at = coalesce(excluded.next_payment_at, s.next_payment_at),
        missing_since = null,
        last_seen_batch = excluded.last_seen_batch,
        updated_at = now()
    where s.missing_since is not null
       or (s.contact_id, s.offer_title, s.amount, s.currency, s.interval, s.status, s.provider, s.provider_reference,
           s.coupon, s.started_at, s.canceled_at, s.trial_ends_at, s.next_payment_at)
          is distinct from
          (coalesce(excluded.contact_id, s.contact_id), coalesce(excluded.offer_title, s.offer_title),
           coalesce(excluded.amount, s.amount), coalesce(excluded.currency, s.currency),
           coalesce(excluded.interval, s.interval), coalesce(excluded.status, s.status),
           coalesce(excluded.provider, s.provider), coalesce(excluded.provider_reference, s.provider_reference),
           coalesce(excluded.coupon, s.coupon), coalesce(excluded.started_at, s.started_at),
           coalesce(excluded.canceled_at, s.canceled_at), coalesce(excluded.trial_ends_at, s.trial_ends_at),
           coalesce(excluded.next_payment_at, s.next_payment_at))
    returning s.id, s.external_id, (s.xmax = 0) as inserted, s.contact_id, s.offer_title, s.amount, s.currency,
        s.interval, s.status, s.provider, s.provider_reference, s.coupon, s.started_at, s.canceled_at,
        s.trial_ends_at, s.next_payment_at, s.missing_since
),
audit as (
    insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
    select p.batch, 'subscriptions', u.id, 'insert', null, null, u.external_id from upserted u, params p
    where u.inserted
    union all
    select p.batch, 'subscriptions', u.id, 'update', f.field, f.old_value, f.new_value
    from upserted u join old o on o.external_id = u.external_id
    cross join params p
    cross join lateral (values
        ('contact_id', o.contact_id::text, u.contact_id::text),
        ('offer_title', o.offer_title, u.offer_title),
        ('amount', o.amount::text, u.amount::text),
        ('currency', o.currency, u.currency),
        ('interval', o.interval, u.interval),
        ('status', o.status, u.status),
        ('provider', o.provider, u.provider),
        ('provider_reference', o.provider_reference, u.provider_reference),
        ('coupon', o.coupon, u.coupon),
        ('started_at', o.started_at::text, u.started_at::text),
        ('canceled_at', o.canceled_at::text, u.canceled_at::text),
        ('trial_ends_at', o.trial_ends_at::text, u.trial_ends_at::text),
        ('next_payment_at', o.next_payment_at::text, u.next_payment_at::text),
        ('missing_since', o.missing_since::text, u.missing_since::text)) as f(field, old_value, new_value)
    where not u.inserted and f.old_value is distinct from f.new_value
)
select st.line, u.id, u.inserted, u.external_id from upserted u join staged st on st.external_id = u.external_id
