update import_batches set status = ? where id = any(?)
