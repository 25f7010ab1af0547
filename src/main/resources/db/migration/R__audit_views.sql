-- The audit (docs/audit.md): one view per question an operator asks before trusting the data, so every number of
-- outbox/reports/audit-<date>.html is one `select * from audit_…` away. Repeatable: Flyway re-runs this file
-- whenever it changes, so everything is dropped and created again. Deleted contacts are never counted.

drop view if exists audit_totals, audit_attention, audit_overview, audit_subscriptions_by_status,
    audit_contacts_with_several_active_subscriptions, audit_subscriptions_missing, audit_transactions_by_source,
    audit_revenue_by_month, audit_enrichment, audit_orphans, audit_subscriptions_without_payment,
    audit_duplicate_candidates, audit_lock_levels, audit_opt_ins, audit_consent_by_source, audit_imports_by_day,
    audit_last_import, audit_merges_by_day, audit_open_conflicts, audit_ledger_orphans, audit_link_orphans cascade;
drop function if exists audit_is_active(text), audit_is_completed(text), audit_is_refund(text, numeric),
    audit_monthly_value(numeric, text), audit_billing_interval(text), audit_missing_batches(text),
    audit_missing_batches(text, text), audit_missing_parents(text, text, text) cascade;

-- Sources spell statuses their own way ('Active', 'active', 'Pending Cancellation'): compared lower-cased.
-- A subscription that still bills: active, pending cancellation (runs to the end of its period), past due.
create function audit_is_active(status text) returns boolean language sql immutable as $$
    select coalesce(lower(trim(status)) in ('active', 'pending cancellation', 'pending_cancellation', 'past due',
                                            'past_due'), false)
$$;

-- Money that arrived: Kajabi 'succeeded', PayPal 'Completed', a paid order; a source without a status (null)
-- only exports what was paid.
create function audit_is_completed(status text) returns boolean language sql immutable as $$
    select coalesce(lower(trim(status)), 'completed') in ('completed', 'complete', 'succeeded', 'success', 'paid')
$$;

-- Amounts are signed: a refund is a negative amount or a type that says so.
create function audit_is_refund(type text, amount numeric) returns boolean language sql immutable as $$
    select coalesce(lower(type) like '%refund%', false) or coalesce(amount < 0, false)
$$;

-- What a subscription is worth per month; null when its interval is unknown.
create function audit_monthly_value(amount numeric, billing text) returns numeric language sql immutable as $$
    select round(case lower(trim(billing))
        when 'month' then amount when 'monthly' then amount
        when 'year' then amount / 12 when 'yearly' then amount / 12 when 'annual' then amount / 12
        when 'quarter' then amount / 3 when 'quarterly' then amount / 3
        when 'week' then amount * 52 / 12 when 'weekly' then amount * 52 / 12
        when 'day' then amount * 365 / 12 when 'daily' then amount * 365 / 12
    end, 2)
$$;

-- How long a subscription may go without a payment; a month when the interval is unknown.
create function audit_billing_interval(billing text) returns interval language sql immutable as $$
    select case lower(trim(billing))
        when 'year' then interval '1 year' when 'yearly' then interval '1 year' when 'annual' then interval '1 year'
        when 'quarter' then interval '3 months' when 'quarterly' then interval '3 months'
        when 'week' then interval '7 days' when 'weekly' then interval '7 days'
        when 'day' then interval '1 day' when 'daily' then interval '1 day'
        else interval '1 month'
    end
$$;

-- Per source: its contacts (by the source that created them), opt-ins, subscriptions and transactions.
create view audit_overview as
with c as (
    select source_system as source, count(*) as contacts, count(*) filter (where email_subscribed) as opt_ins
    from contacts where deleted_at is null group by source_system
), s as (
    select source, count(*) as subscriptions, count(*) filter (where audit_is_active(status)) as active_subscriptions
    from subscriptions group by source
), t as (
    select source, count(*) as transactions from transactions group by source
)
select source, coalesce(c.contacts, 0) as contacts, coalesce(c.opt_ins, 0) as opt_ins,
       coalesce(s.subscriptions, 0) as subscriptions, coalesce(s.active_subscriptions, 0) as active_subscriptions,
       coalesce(t.transactions, 0) as transactions
from c full join s using (source) full join t using (source)
order by contacts desc, source;

-- Subscriptions by status, per source and currency: how many, for how many people, worth how much.
create view audit_subscriptions_by_status as
select source, coalesce(lower(trim(status)), '(none)') as status, audit_is_active(status) as active, currency,
       count(*) as subscriptions, count(distinct contact_id) as contacts, coalesce(sum(amount), 0) as value
from subscriptions
group by source, coalesce(lower(trim(status)), '(none)'), audit_is_active(status), currency
order by source, subscriptions desc, status, currency;

-- People paying more than one active subscription (a double charge, or a migration left behind).
create view audit_contacts_with_several_active_subscriptions as
select c.id as contact_id, c.email, concat_ws(' ', c.first_name, c.last_name) as name,
       count(*) as active_subscriptions,
       string_agg(distinct s.source, ', ') as sources,
       string_agg(coalesce(s.offer_title, s.external_id), ', ' order by coalesce(s.offer_title, s.external_id))
           as offers
from subscriptions s join contacts c on c.id = s.contact_id and c.deleted_at is null
where audit_is_active(s.status)
group by c.id
having count(*) > 1
order by active_subscriptions desc, c.id;

-- Subscriptions the latest full export of their source no longer listed, by the status stored for them.
create view audit_subscriptions_missing as
select source, coalesce(lower(trim(status)), '(none)') as status, audit_is_active(status) as active,
       count(*) as subscriptions, count(distinct contact_id) as contacts,
       min(missing_since) as missing_since_first, max(missing_since) as missing_since_last
from subscriptions
where missing_since is not null
group by source, coalesce(lower(trim(status)), '(none)'), audit_is_active(status)
order by active desc, source, subscriptions desc;

-- Transactions by source and currency; totals count completed money only, refunds included (they are negative).
create view audit_transactions_by_source as
select source, currency, count(*) as transactions,
       count(*) filter (where audit_is_completed(status)) as completed,
       min(occurred_at) as first_at, max(occurred_at) as last_at,
       coalesce(sum(amount) filter (where audit_is_completed(status)), 0) as total,
       count(*) filter (where audit_is_refund(type, amount)) as refunds,
       coalesce(sum(abs(amount)) filter (where audit_is_refund(type, amount) and audit_is_completed(status)), 0)
           as refunded
from transactions
group by source, currency
order by source, currency;

-- Revenue reconciliation per source, currency and month, from the source's first payment or subscription to
-- this month: completed transactions (refunds subtracted) against the monthly value of the subscriptions running
-- that month — started by its end, and either still active or canceled after it began.
create view audit_revenue_by_month as
with paid as (
    select source, coalesce(currency, '') as currency, date_trunc('month', occurred_at)::date as month,
           count(*) as transactions, sum(amount) as revenue
    from transactions
    where audit_is_completed(status) and occurred_at is not null
    group by 1, 2, 3
), running as (
    select * from subscriptions
    where audit_monthly_value(amount, interval) is not null and (audit_is_active(status) or canceled_at is not null)
), bounds as (
    select source, currency, min(month) as first_month,
           greatest(max(month), date_trunc('month', now())::date) as last_month
    from (select source, currency, month from paid
          union all
          select source, coalesce(currency, ''), date_trunc('month', coalesce(started_at, now()))::date
          from running) e
    group by source, currency
), months as (
    select source, currency, generate_series(first_month, last_month, interval '1 month')::date as month
    from bounds
), expected as (
    select m.source, m.currency, m.month, count(*) as subscriptions,
           sum(audit_monthly_value(r.amount, r.interval)) as value
    from months m
    join running r on r.source = m.source and coalesce(r.currency, '') = m.currency
        and (r.started_at is null or r.started_at < m.month + interval '1 month')
        and (r.canceled_at is null or r.canceled_at >= m.month)
    group by 1, 2, 3
)
select m.source, nullif(m.currency, '') as currency, m.month,
       coalesce(p.transactions, 0) as transactions, coalesce(p.revenue, 0) as revenue,
       coalesce(e.subscriptions, 0) as running_subscriptions, coalesce(e.value, 0) as subscription_value,
       coalesce(p.revenue, 0) - coalesce(e.value, 0) as difference
from months m
left join paid p using (source, currency, month)
left join expected e using (source, currency, month)
order by m.source, m.currency, m.month;

-- Enrichment per source: contacts known by more than one email, linked to Zoho, known by a PayPal email.
create view audit_enrichment as
with e as (
    select contact_id, bool_or(kind = 'additional') as additional, bool_or(kind = 'paypal') as paypal
    from contact_emails group by contact_id
), z as (
    select distinct contact_id from contact_identities where source = 'zoho'
)
select c.source_system as source, count(*) as contacts,
       count(*) filter (where e.additional) as with_additional_emails,
       count(z.contact_id) as with_zoho_link,
       count(*) filter (where e.paypal) as with_paypal_email
from contacts c
left join e on e.contact_id = c.id
left join z on z.contact_id = c.id
where c.deleted_at is null
group by c.source_system
order by contacts desc, source;

-- Subscriptions and transactions that belong to nobody: no contact, or a deleted one.
create view audit_orphans as
select 'subscription' as kind, s.source,
       case when s.contact_id is null then 'no contact' else 'contact deleted' end as reason,
       count(*) as records,
       array_to_string((array_agg(s.external_id order by s.external_id))[1:5], ', ') as examples
from subscriptions s left join contacts c on c.id = s.contact_id
where s.contact_id is null or c.deleted_at is not null
group by 1, 2, 3
union all
select 'transaction', t.source,
       case when t.contact_id is null then 'no contact' else 'contact deleted' end,
       count(*),
       array_to_string((array_agg(t.external_id order by t.external_id))[1:5], ', ')
from transactions t left join contacts c on c.id = t.contact_id
where t.contact_id is null or c.deleted_at is not null
group by 1, 2, 3
order by 1, 2, 3;

-- Active subscriptions with no completed payment within their last billing interval (plus 3 days' grace).
-- A payment counts when it is linked to the subscription, or, unlinked, made by its contact in its source.
-- Subscriptions younger than one interval are not due yet.
create view audit_subscriptions_without_payment as
with payments as (
    select * from transactions where audit_is_completed(status) and not audit_is_refund(type, amount)
), last_payment as (
    -- two equi-joins (linked, and unlinked by contact and source) rather than one join on an OR: hash-joinable
    select id, max(occurred_at) as last_payment_at
    from (select s.id, p.occurred_at from subscriptions s join payments p on p.subscription_id = s.id
          union all
          select s.id, p.occurred_at from subscriptions s
          join payments p on p.subscription_id is null and p.contact_id = s.contact_id and p.source = s.source) paid
    group by id
)
select s.source, s.external_id, s.contact_id, c.email, s.status, s.amount, s.currency, s.interval, s.started_at,
       lp.last_payment_at, s.next_payment_at
from subscriptions s
left join contacts c on c.id = s.contact_id
left join last_payment lp on lp.id = s.id
where audit_is_active(s.status)
  and coalesce(lp.last_payment_at, '-infinity') < now() - audit_billing_interval(s.interval) - interval '3 days'
  and coalesce(s.started_at, '-infinity') < now() - audit_billing_interval(s.interval)
order by s.source, s.id;

-- The batches one history table names (in its column {column}) that the ledger (import_batches) does not hold,
-- with how many rows name each. The table is walked one distinct batch at a time through the column's index (a few
-- probes per batch, not a scan of the whole history); the names are those audit_ledger_orphans passes.
create function audit_missing_batches(ledger text, batch_column text) returns table (batch_id bigint, records bigint)
    language plpgsql stable as $$
begin
    return query execute format($q$
        with recursive named (id) as (
            (select t.%2$I from %1$I t where t.%2$I is not null order by t.%2$I limit 1)
            union all
            select (select t.%2$I from %1$I t where t.%2$I > n.id order by t.%2$I limit 1)
            from named n where n.id is not null
        )
        select n.id, (select count(*) from %1$I t where t.%2$I = n.id)
        from named n
        where n.id is not null and not exists (select 1 from import_batches b where b.id = n.id)$q$,
        ledger, batch_column);
end
$$;

-- History rows whose batch is not in the ledger. The history a batch writes row by row names its batch without a
-- foreign key (V185), as do the contacts and transactions it inserted (created_batch_id, V187 and V190): Crosswalk
-- writes each row in its batch's transaction after the batch's own row and never deletes a batch, so a row here was
-- made outside Crosswalk (a hand edit, a partial restore). Undo, the batch pages and retention cannot see such rows.
-- A ledger is a table, or table.column where the column is not batch_id.
create view audit_ledger_orphans as
select case when l.batch_column = 'batch_id' then l.ledger else l.ledger || '.' || l.batch_column end as ledger,
       m.batch_id, m.records
from (values ('import_audit_log', 'batch_id'), ('consent_events', 'batch_id'),
             ('import_conflict_evidence', 'batch_id'), ('contacts', 'created_batch_id'),
             ('transactions', 'created_batch_id')) as l (ledger, batch_column)
cross join lateral audit_missing_batches(l.ledger, l.batch_column) m
order by 1, m.batch_id;

-- The rows one table points at (by its column {child_column}) that {parent} does not hold, with how many rows
-- point at each: one anti-join; the names are those of unenforced_references, which audit_link_orphans passes.
create function audit_missing_parents(child text, child_column text, parent text)
    returns table (parent_id bigint, records bigint) language plpgsql stable as $$
begin
    return query execute format($q$
        select c.%2$I::bigint, count(*) from %1$I c
        where c.%2$I is not null and not exists (select 1 from %3$I p where p.id = c.%2$I)
        group by 1$q$,
        child, child_column, parent);
end
$$;

-- Links whose row is missing. The links an import writes row by row (a contact's emails, identities, tags,
-- products, provenance and consent observations; a transaction's contact, product, event and subscription) point at
-- their row without a foreign key (V191, unenforced_references): Crosswalk writes each after the row it points at,
-- in one batch at a time, and deletes them with it, so a row here was made outside Crosswalk (a hand edit, a
-- partial restore). Such a link is invisible to the person it belongs to, to undo and to erasure.
create view audit_link_orphans as
select r.child_table || '.' || r.child_column as link, r.parent_table as missing_from, m.parent_id, m.records
from unenforced_references r
cross join lateral audit_missing_parents(r.child_table, r.child_column, r.parent_table) m
order by 1, m.parent_id;

-- Possibly one person twice, pair by pair: the same first and last name and the same phone digits or the same
-- postal code, different emails; the lower id is the one a merge keeps. The `duplicates` command raises exactly these
-- pairs (sql/merge/duplicates-raise.sql), so its list and this view count the same thing; a pair a person already
-- answered (kept apart or dismissed) is not counted again.
create view audit_duplicate_candidates as
with c as (
    select id, email, first_name, last_name,
           lower(trim(coalesce(first_name, ''))) || ' ' || lower(trim(coalesce(last_name, ''))) as name,
           regexp_replace(coalesce(phone, ''), '\D', '', 'g') as phone_digits,
           upper(regexp_replace(coalesce(postal_code, ''), '\s', '', 'g')) as postal
    from contacts
    where deleted_at is null and trim(coalesce(first_name, '') || coalesce(last_name, '')) <> ''
),
pairs as (
    select a.*, b.id as duplicate_id, b.email as duplicate_email,
           a.phone_digits <> '' and a.phone_digits = b.phone_digits as same_phone,
           a.postal <> '' and a.postal = b.postal as same_postal
    from c a
    join c b on b.name = a.name and b.id > a.id
    where lower(coalesce(a.email, '')) <> lower(coalesce(b.email, ''))
      and ((a.phone_digits <> '' and a.phone_digits = b.phone_digits) or (a.postal <> '' and a.postal = b.postal))
)
select p.first_name, p.last_name, case when p.same_phone then p.phone_digits end as phone, 2 as contacts,
       p.id || ', ' || p.duplicate_id as contact_ids,
       coalesce(p.email, '(none)') || ', ' || coalesce(p.duplicate_email, '(none)') as emails,
       p.id as keep_id, p.duplicate_id,
       case when p.same_phone and p.same_postal then 100 when p.same_phone then 90 else 70 end as score,
       case when p.same_phone and p.same_postal then 'same name, phone and postal code'
            when p.same_phone then 'same name and phone' else 'same name and postal code' end as why
from pairs p
where not exists (select 1 from import_conflicts k
                  where k.reason = 'DUPLICATE' and k.current_value = 'contacts ' || p.id || ', ' || p.duplicate_id
                    and k.status in ('kept', 'dismissed'))
order by score desc, keep_id, duplicate_id;

-- How protected each source's contacts are.
create view audit_lock_levels as
select source_system as source, lock_level, count(*) as contacts
from contacts
where deleted_at is null
group by source_system, lock_level
order by source_system, lock_level;

-- Email opt-ins per source: protected (an import can never silently remove them) or not.
create view audit_opt_ins as
select source_system as source, count(*) as contacts,
       count(*) filter (where email_subscribed) as opted_in,
       count(*) filter (where email_subscribed and subscription_protected) as protected,
       count(*) filter (where email_subscribed and not subscription_protected) as unprotected,
       count(*) filter (where not email_subscribed) as not_opted_in,
       count(*) filter (where email_undeliverable) as undeliverable
from contacts
where deleted_at is null
group by source_system
order by contacts desc, source;

-- Consent observations per source (consent_events): opt-ins and opt-outs seen, applied or held back.
create view audit_consent_by_source as
select source, count(*) as observations,
       count(*) filter (where subscribed) as opt_ins, count(*) filter (where not subscribed) as opt_outs,
       count(*) filter (where applied) as applied, count(*) filter (where not applied) as not_applied,
       max(observed_at) as last_observed_at
from consent_events
group by source
order by source;

-- Applied imports per day and source, with their row outcomes.
create view audit_imports_by_day as
select started_at::date as day, source, count(*) as batches, sum(rows_read) as rows_read,
       sum(rows_new) as rows_new, sum(rows_updated) as rows_updated, sum(rows_conflict) as rows_conflict,
       sum(rows_rejected) as rows_rejected
from import_batches
where kind = 'import' and status = 'applied'
group by 1, 2
order by 1, 2;

-- The latest applied import of each source (inbox name).
create view audit_last_import as
select distinct on (source) source, id as batch, file_name, started_at, finished_at, rows_read, rows_new,
       rows_updated, rows_conflict, rows_rejected
from import_batches
where kind = 'import' and status = 'applied'
order by source, id desc;

-- Contact merges per day, and how many were undone since.
create view audit_merges_by_day as
select merged_at::date as day, count(*) as merges, count(*) filter (where undone_at is not null) as undone
from contact_merges
group by 1
order by 1;

-- Conflicts waiting for a person, by reason and field.
create view audit_open_conflicts as
select reason, field, count(*) as open, count(distinct batch_id) as batches, min(created_at) as oldest
from import_conflicts
where status = 'open'
group by reason, field
order by case reason when 'PROTECTED_OPT_IN' then 0 else 1 end, open desc, reason, field;

-- The whole database in one row: the headline numbers.
create view audit_totals as
select (select count(*) from contacts where deleted_at is null) as contacts,
       (select count(*) from contacts where deleted_at is null and email_subscribed) as opt_ins,
       (select count(*) from contacts where deleted_at is null and email_subscribed and subscription_protected)
           as protected_opt_ins,
       (select count(*) from subscriptions) as subscriptions,
       (select count(*) from subscriptions where audit_is_active(status)) as active_subscriptions,
       (select count(*) from transactions) as transactions,
       (select count(*) from import_conflicts where status = 'open') as open_conflicts;

-- What needs attention first, in order; every item is always listed (0 = fine).
create view audit_attention as
select * from (values
    (1, 'pending_opt_outs', 'opt-outs of protected opt-ins awaiting a decision',
        (select count(*) from import_conflicts where status = 'open' and reason = 'PROTECTED_OPT_IN'),
        'Decide them in outbox/conflicts/ (reason PROTECTED_OPT_IN): a genuine unsubscribe must be honoured promptly.'),
    (2, 'active_subscriptions_missing', 'active subscriptions missing from the latest export of their source',
        (select count(*) from subscriptions where missing_since is not null and audit_is_active(status)),
        'Check them in the source: ended, moved or deleted? See audit_subscriptions_missing.'),
    (3, 'orphaned_subscriptions', 'subscriptions without a (live) contact',
        (select coalesce(sum(records), 0)::bigint from audit_orphans where kind = 'subscription'),
        'Find their owner or import the people export of their source. See audit_orphans.'),
    (4, 'orphaned_transactions', 'transactions without a (live) contact',
        (select coalesce(sum(records), 0)::bigint from audit_orphans where kind = 'transaction'),
        'Find the payer (import the source''s people export). See audit_orphans.'),
    (5, 'open_conflicts', 'other open conflicts (locked fields, ambiguous matches)',
        (select count(*) from import_conflicts where status = 'open' and reason <> 'PROTECTED_OPT_IN'),
        'Review them in outbox/conflicts/. See audit_open_conflicts.'),
    (6, 'subscriptions_without_payment', 'active subscriptions without a payment in their last billing interval',
        (select count(*) from audit_subscriptions_without_payment),
        'Check for failed payments, or import the latest transactions export.'),
    (7, 'several_active_subscriptions', 'contacts with more than one active subscription',
        (select count(*) from audit_contacts_with_several_active_subscriptions),
        'Look for double charges or upgrades that left the old subscription running.'),
    (8, 'duplicate_candidates', 'possible duplicate pairs (same name and the same phone or postal code, '
        || 'different emails)',
        (select count(*) from audit_duplicate_candidates),
        'List them with crosswalk duplicates; merge where they are one person.'),
    (9, 'ledger_orphans', 'history rows (audit log, consent observations, review evidence) and inserted contacts '
        || 'and transactions whose batch is missing',
        (select coalesce(sum(records), 0)::bigint from audit_ledger_orphans),
        'Crosswalk never removes a batch: restore import_batches from the backup these rows came with. '
        || 'See audit_ledger_orphans.'),
    (10, 'link_orphans', 'links (emails, identities, tags, products, provenance, consent observations, a '
        || 'transaction''s contact, product, event or subscription) whose row is missing',
        (select coalesce(sum(records), 0)::bigint from audit_link_orphans),
        'Crosswalk deletes links with their row: restore the missing rows from the backup these links came with, '
        || 'or delete the links. See audit_link_orphans.')
) as a (priority, item, description, count, action)
order by priority;
