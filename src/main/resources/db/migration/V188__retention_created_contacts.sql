-- Retention of the audit values (V141) also comes to a batch that created contacts: they name it
-- (contacts.created_batch_id, V187) where their audit row once held the email they were created with, so such a
-- batch is due as before, and past it can no longer be rolled back. Nothing else changes in the view.
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
       or exists (select 1 from contacts c where c.created_batch_id = b.id));
