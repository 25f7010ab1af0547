select id, deleted_at is not null as deleted from contacts where id = any(?)
