-- Retention (docs/privacy.md): the records a retention setting may remove, each with the moment its clock starts.
-- The retention command and the audit take those older than the setting (and not yet anonymised, when that is the
-- action). Repeatable: Flyway re-creates the view whenever this file changes (V141 created it, V188 added the
-- contacts a batch created). The audit values of a batch are due when its audit holds values, or when it inserted
-- rows that name it (batch_created_rows), as their audit rows once held their email or id; past it the batch can no
-- longer be rolled back.
create or replace view retention_records as
select 'subscriptions-ended' as item, s.id, coalesce(s.canceled_at::timestamptz, s.updated_at) as since,
       s.contact_id is null and s.coupon is null and s.provider_reference is null as anonymised
from subscriptions s
where lower(trim(s.status)) in ('canceled', 'cancelled', 'expired', 'ended', 'inactive')
union all
select 'transactions-failed', t.id, coalesce(t.occurred_at, t.created_at), t.contact_id is null
from transactions t
where lower(trim(t.status)) in ('failed', 'voided', 'void', 'declined', 'denied', 'expired')
union all
select 'audit-values', b.id, coalesce(b.finished_at, b.started_at), false
from import_batches b
where b.values_expired_at is null
  and (exists (select 1 from import_audit_log a where a.batch_id = b.id
               and (a.old_value is not null or a.new_value is not null))
       or exists (select 1 from batch_created_rows r where r.batch_id = b.id));
