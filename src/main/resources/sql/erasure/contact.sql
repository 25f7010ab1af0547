select id, erased_at from contacts where id = ?
