-- The adopt batch: source legacy, the snapshot described (URL or folder) and its fingerprint.
insert into import_batches (id, kind, source, format, file_name, sha256, status)
values (?, 'adopt', 'legacy', ?, ?, ?, 'running')
