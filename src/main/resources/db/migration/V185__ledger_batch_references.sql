-- The append-only history a batch writes row by row (its audit log, its consent observations, its evidence of review
-- items) names its batch without a foreign key: every such row is written in its batch's own transaction after the
-- batch's ledger row (rollback.UnitOfWork), and no code deletes an import_batches row, so the key's check of every
-- row (half of the audit log's COPY on an update import) proved nothing. The audit finds a row whose batch is
-- missing (audit_ledger_orphans) should a hand edit or a partial restore ever make one.
alter table import_audit_log drop constraint import_audit_log_batch_id_fkey;
alter table consent_events drop constraint consent_events_batch_id_fkey;
alter table import_conflict_evidence drop constraint import_conflict_evidence_batch_id_fkey;
