-- Review, merge and undo (SPEC §6, §7): the batch kinds they record, and the indexes their look-ups need.
-- A batch that was rolled back keeps its rows and audit; its status becomes 'rolled_back' (and 'applied' again if
-- the rollback itself is rolled back), so its file may be imported again.

alter table import_batches drop constraint import_batches_kind_check;
alter table import_batches add constraint import_batches_kind_check
    check (kind in ('import', 'preview', 'review', 'rollback', 'merge', 'unmerge', 'classify', 'duplicates'));

-- "later batches that touched the same field" and "records this batch inserted"
create index import_audit_log_record_field on import_audit_log (table_name, record_id, field, batch_id);
-- observations of a batch are removed with it
create index consent_events_batch on consent_events (batch_id);
create index contact_merges_contacts on contact_merges (kept_contact_id, merged_contact_id);
