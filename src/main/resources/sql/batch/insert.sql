insert into import_batches (id, kind, source, format, format_version, file_name, sha256, status)
values (?, ?, ?, ?, ?, ?, ?, 'running')
