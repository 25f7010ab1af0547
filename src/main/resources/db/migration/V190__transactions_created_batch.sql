-- The batch that inserted a transaction, written with the transaction itself instead of one audit row per inserted
-- transaction (as contacts do since V187): undo deletes the transactions of the batch it undoes by this column, and
-- every reader of "the rows a batch inserted" reads it beside the audit log (docs/data-model.md). No foreign key, as
-- for the rest of the history (V185); the audit checks it (audit_ledger_orphans). Transactions inserted before this
-- migration, and those an adoption inserts, keep their ('transactions', id, 'insert') audit row, which undo still
-- reads.
alter table transactions add column created_batch_id bigint;
create index transactions_created_batch on transactions (created_batch_id);

-- Retention of the audit values also comes to a batch that inserted transactions, as it did when their audit rows
-- held their ids: such a batch is due as before, and past it can no longer be rolled back.
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
       or exists (select 1 from contacts c where c.created_batch_id = b.id)
       or exists (select 1 from transactions t where t.created_batch_id = b.id));
