-- Batches whose history values were cleared by retention: they can no longer be rolled back.
update import_batches set values_expired_at = now() where id = any(?::bigint[])
