select id, deleted_at is not null as deleted, erased_at is not null as erased from contacts where id = any(?)
