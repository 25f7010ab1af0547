select id, kind, status, source, values_expired_at is not null from import_batches where id = ?
