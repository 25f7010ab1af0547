select distinct record_id from import_audit_log where batch_id = ? and table_name = 'contacts'
