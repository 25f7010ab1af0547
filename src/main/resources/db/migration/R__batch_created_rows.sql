-- The rows a batch inserted that name it (created_batch_id: contacts since V187, transactions since V190) instead of
-- one ('<table>', id, 'insert') audit row each, in the shape of that audit row: table, record, batch, and the label
-- the audit row held (a contact's email, a transaction's id at its source). Every reader of "what a batch inserted"
-- reads this beside import_audit_log, so a table that starts naming its batch is added here once. A condition on
-- batch_id reaches each table's created_batch_id index. Repeatable: Flyway re-creates it whenever this file changes.
create or replace view batch_created_rows as
select 'contacts'::text as table_name, c.id as record_id, c.created_batch_id as batch_id, c.email as label
from contacts c
where c.created_batch_id is not null
union all
select 'transactions', t.id, t.created_batch_id, t.external_id
from transactions t
where t.created_batch_id is not null;
