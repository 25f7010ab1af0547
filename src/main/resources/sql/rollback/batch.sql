select id, kind, status, source from import_batches where id = ?
