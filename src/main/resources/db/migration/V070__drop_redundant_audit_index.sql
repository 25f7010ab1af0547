-- import_audit_log_record_field (table_name, record_id, field, batch_id) serves every look-up that
-- import_audit_log_record (table_name, record_id) did: the shorter one only cost every audit row an extra index
-- entry (the audit COPY is one of an update import's largest writes).
drop index import_audit_log_record;
