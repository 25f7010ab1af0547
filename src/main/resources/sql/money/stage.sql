-- Per-batch staging for money records: a chunk is copied in, upserted set-based, then cleared. subscriptions_seen
-- keeps every subscription id the file listed, for the reconciliation at the end of the file.
create temporary table if not exists event_stage (
    line bigint, external_id text, name text, starts_at timestamptz, ends_at timestamptz
) on commit drop;
create temporary table if not exists subscription_stage (
    line bigint, contact_id bigint, external_id text, status text, amount numeric, currency text, interval text,
    offer_title text, provider text, provider_reference text, coupon text, started_at date, canceled_at date,
    trial_ends_at date, next_payment_at date
) on commit drop;
create temporary table if not exists subscriptions_seen (external_id text primary key) on commit drop;
create temporary table if not exists transaction_stage (
    line bigint, contact_id bigint, external_id text, type text, status text, amount numeric, fee numeric,
    net numeric, currency text, occurred_at timestamptz, offer_title text, order_number text, payment_method text,
    reference_external_id text, subscription_reference text, event_external_id text, amount_paid numeric,
    amount_refunded numeric, cancelled boolean
) on commit drop
