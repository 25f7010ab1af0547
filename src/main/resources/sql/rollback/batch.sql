select id, kind, status, source, file_name from import_batches where id = ?
