-- The batch that created a contact, written with the contact itself (the same COPY) instead of one audit row per
-- created contact: undo deletes the contacts of the batch it undoes by this column, and every reader of "the rows a
-- batch inserted" reads it beside the audit log (docs/data-model.md). No foreign key, as for the rest of the
-- history (V185): the batch's own row is written first, and batches are never deleted. Contacts created before this
-- migration, and those an adoption creates, keep their ('contacts', id, 'insert') audit row, which undo still reads.
alter table contacts add column created_batch_id bigint;
create index contacts_created_batch on contacts (created_batch_id);
