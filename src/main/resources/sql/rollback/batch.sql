select id, kind, status, source, file_name, values_expired_at is not null from import_batches where id = ?
