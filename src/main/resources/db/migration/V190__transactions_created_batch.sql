-- The batch that inserted a transaction, written with the transaction itself instead of one audit row per inserted
-- transaction (as contacts do since V187): undo deletes the transactions of the batch it undoes by this column, and
-- every reader of "the rows a batch inserted" reads it beside the audit log (docs/data-model.md). No foreign key, as
-- for the rest of the history (V185); the audit checks it (audit_ledger_orphans). Transactions inserted before this
-- migration, and those an adoption inserts, keep their ('transactions', id, 'insert') audit row, which undo still
-- reads.
alter table transactions add column created_batch_id bigint;
create index transactions_created_batch on transactions (created_batch_id);
-- Retention of the audit values also comes to a batch that inserted transactions: R__retention_records.sql.
