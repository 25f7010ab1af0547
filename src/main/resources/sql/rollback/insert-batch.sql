insert into import_batches (id, kind, source, file_name, status) values (?, ?, ?, ?, 'running')
